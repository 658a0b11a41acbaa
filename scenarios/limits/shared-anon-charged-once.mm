# Anonymous MAP_SHARED (do_mmap mm/mmap.c:1431-1446, mmap_region :1704-1708,
# shmem_zero_setup mm/shmem.c:4220-4247, spec §4.4 "lifecycle", §4.5, §9.2):
# the shmem object is charged once for its whole size -- even read-only --
# and the charge returns only when its last VMA is unmapped, not on a partial
# munmap. pgoff is forced to 0 whatever the offset argument; after unmapping
# the head page the offset column shows the remaining piece's pgoff.
# The object prints as /dev/zero (deleted); VM_MAYSHARE prints `s`.
kernel "4.12"

process app {
    mmap(NULL, 16K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0x5000) = 0x7ffff7ffb000
    status { Committed_AS: 16 kB }
    munmap(0x7ffff7ffb000, 4096) = 0
    maps {
        7ffff7ffc000-7ffff7fff000 rw-s 00001000 /dev/zero (deleted)
    }
    status { Committed_AS: 16 kB  VmSize: 12 kB  VmData: 0 kB }
    mmap(NULL, 8K, PROT_READ, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffa000
    status { Committed_AS: 24 kB }
    munmap(0x7ffff7ffc000, 12K) = 0
    status { Committed_AS: 8 kB }
    maps {
        7ffff7ffa000-7ffff7ffc000 r--s 00000000 /dev/zero (deleted)
    }
}
