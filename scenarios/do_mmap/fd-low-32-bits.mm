# sys_mmap_pgoff (mm/mmap.c:1475-1522, spec §1.2 step 1.1): fget takes an
# unsigned int, so only the low 32 bits of the fd argument are used:
# 0x100000003 is fd 3, and 0xffffffff00000005 is fd 5 (not open -> EBADF).
kernel "4.12"

file /data/f size=8K

process app {
    open("/data/f", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 0x100000003, 0x1000) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 0xffffffff00000005, 0) = -1 EBADF
    maps {
        7ffff7ffe000-7ffff7fff000 r--p 00001000 /data/f
    }
}
