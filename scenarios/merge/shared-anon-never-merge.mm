# Anonymous MAP_SHARED mappings never merge (spec §5.4, quirk §11.10):
# mmap_region's vma_merge runs with file = NULL before shmem_zero_setup
# gives the VMA its own shmem object (mm/mmap.c:1647-1650, 1704-1708), so a
# NULL-file request cannot match a neighbour whose vm_file is a shmem object.
kernel "4.12"
process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7ffe000 rw-s 00000000 /dev/zero (deleted)
        7ffff7ffe000-7ffff7fff000 rw-s 00000000 /dev/zero (deleted)
    }
    status { MapCount: 2  Committed_AS: 8 kB }
}
