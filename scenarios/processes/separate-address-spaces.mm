# Each process has its own mm: the same top-down search from the same
# mmap_base (spec §3.1) gives both the same address, and one process's
# munmap does not touch the other's mapping.
kernel "4.12"
process a {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
}
process b uid=1000 {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    munmap(0x7ffff7ffe000, 4096) = 0
    maps { }
}
process a {
    maps {
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
}
