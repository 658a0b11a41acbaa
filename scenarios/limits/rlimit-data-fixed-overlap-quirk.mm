# mmap_region (mm/mmap.c:1613-1625, spec §4.1 step 1 "Quirk"): the retry
# subtracts every overlapped page, whatever its type. So a MAP_FIXED data
# mapping that replaces a read-only (non-data) mapping of the same size passes
# the RLIMIT_DATA test, and data_vm ends up above the limit.
kernel "4.12"

process app uid=1000 {
    rlimit RLIMIT_DATA 16K
    mmap(NULL, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    mmap(NULL, 16K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ff7000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    # data_vm 4 + 4 > 4, but 4 pages overlapped: 4 + 0 <= 4
    mmap(0x7ffff7ff7000, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x7ffff7ff7000
    # the new VMA has the same flags as the one above: they merge
    maps {
        7ffff7ff7000-7ffff7fff000 rw-p
    }
    status { VmData: 32 kB  VmSize: 32 kB  MapCount: 1 }
}
