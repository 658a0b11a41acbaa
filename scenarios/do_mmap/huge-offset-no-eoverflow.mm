# do_mmap's pgoff overflow test (mm/mmap.c:1353-1354, spec §1.1
# "Consequence", §2.1 step 5) cannot fire through the x86-64 syscall: the
# largest page-aligned offset gives pgoff 2^52-1, and pgoff + pages does not
# wrap. 4.12 has no file_mmap_ok either (§2.1 "does not check"), so a file
# may be mapped at any offset; maps prints it as a 64-bit value (§9.1).
kernel "4.12"

file /data/f size=4K

process app {
    open("/data/f", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0xfffffffffffff000) = 0x7ffff7ffe000
    mmap(NULL, 8192, PROT_READ, MAP_SHARED, 3, 0x8000000000000000) = 0x7ffff7ffc000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0xfffffffffffff000) = 0x7ffff7ffb000
    maps {
        7ffff7ffb000-7ffff7ffc000 r--p 00000000
        7ffff7ffc000-7ffff7ffe000 r--s 8000000000000000 /data/f
        7ffff7ffe000-7ffff7fff000 r--p fffffffffffff000 /data/f
    }
}
