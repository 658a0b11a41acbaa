# is_mergeable_vma (mm/mmap.c:973-994) compares vm_file as a pointer: two
# open()s of the same path are different struct files, so even linear,
# decreasing offsets do not merge (quirk §11.9).
kernel "4.12"
file /data/lib.so size=16K
process app {
    openat(AT_FDCWD, "/data/lib.so", O_RDONLY) = 3
    openat(AT_FDCWD, "/data/lib.so", O_RDONLY) = 4
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 4096) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7ffe000 r--p 00000000 /data/lib.so
        7ffff7ffe000-7ffff7fff000 r--p 00001000 /data/lib.so
    }
    status { MapCount: 2 }
}
