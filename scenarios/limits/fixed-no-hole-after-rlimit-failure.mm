# mmap_region (mm/mmap.c:1613-1625 before :1628-1632, spec §4.1 steps 1-2):
# the RLIMIT_DATA/RLIMIT_AS test runs before the old range is cleared, so a
# MAP_FIXED request refused by it leaves the old mapping intact (contrast
# fixed-hole-after-commit-failure.mm).
kernel "4.12"

process app uid=1000 {
    rlimit RLIMIT_DATA 16K
    mmap(NULL, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    mmap(NULL, 8K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ff9000
    # 4 new data pages, 2 overlapped: 4 + 2 > 4
    mmap(0x7ffff7ff7000, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
    maps {
        7ffff7ff9000-7ffff7ffb000 r--p
        7ffff7ffb000-7ffff7fff000 rw-p
    }
    status { VmData: 16 kB  VmSize: 24 kB }
}
