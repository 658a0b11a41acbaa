# mmap_region (mm/mmap.c:1647-1650, spec §5.3, §5.4 last bullet, §11.10):
# vma_merge runs with file == NULL before shmem_zero_setup gives each
# anonymous shared mapping its own object, so adjacent MAP_SHARED|MAP_ANONYMOUS
# mappings with identical protections never merge. Each object is charged
# (2 pages each here).
kernel "4.12"

process app {
    mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    mmap(0x7ffff7fff000, 8K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x7ffff7fff000
    maps {
        7ffff7ffb000-7ffff7ffd000 rw-s 00000000 /dev/zero (deleted)
        7ffff7ffd000-7ffff7fff000 rw-s 00000000 /dev/zero (deleted)
        7ffff7fff000-7ffff8001000 rw-s 00000000 /dev/zero (deleted)
    }
    status { MapCount: 3  Committed_AS: 24 kB  VmSize: 24 kB  VmData: 0 kB }
}
