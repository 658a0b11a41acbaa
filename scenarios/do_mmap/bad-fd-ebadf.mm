# sys_mmap_pgoff (mm/mmap.c:1475-1522, spec §1.2 step 1.1): without
# MAP_ANONYMOUS the fd is looked up with fget; no open file there -> EBADF.
# With MAP_ANONYMOUS the fd is ignored entirely (§1.2 step 3).
kernel "4.12"

file /data/f size=8K

process app {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, -1, 0) = -1 EBADF
    mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0) = -1 EBADF
    open("/data/f", O_RDONLY) = 3
    close(3) = 0
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = -1 EBADF    # closed again
    # anonymous: any fd value is fine
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, 42, 0) = 0x7ffff7ffe000
    maps {
        7ffff7ffe000-7ffff7fff000 r--p
    }
}
