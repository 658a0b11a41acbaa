# do_mmap (mm/mmap.c:1357-1358, spec §2.1 step 6): the map-count check is made
# even when the new mapping would merge into an existing VMA and so not raise
# the count.
kernel "4.12"

sysctl vm.max_map_count = 1

process app {
    mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    # 2 > 1: refused, although it would extend the PROT_READ VMA (same flags,
    # anonymous pgoff 0x7ffff7ffd + 2 == 0x7ffff7fff)
    mmap(0x7ffff7fff000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
    munmap(0x7ffff7ffc000, 4096) = 0
    # 1 > 1 is false: accepted, and it merges
    mmap(0x7ffff7fff000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x7ffff7fff000
    maps {
        7ffff7ffd000-7ffff8000000 r--p
    }
    status { MapCount: 1  VmSize: 12 kB }
}
