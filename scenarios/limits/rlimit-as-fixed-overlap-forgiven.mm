# mmap_region (mm/mmap.c:1613-1625, spec §4.1 step 1): when may_expand_vm
# fails, the pages of existing VMAs that a MAP_FIXED request overlaps
# (count_vma_pages_range, :523-549) are subtracted and the test is retried.
# Replacing mapped pages therefore passes RLIMIT_AS; a request reaching one
# page outside does not, and as that test precedes the unmap (step 2) the old
# mapping is left intact.
kernel "4.12"

process app uid=1000 {
    rlimit RLIMIT_AS 64K
    mmap(NULL, 64K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fef000
    mmap(0x7ffff7ff3000, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x7ffff7ff3000
    # 2 pages, 1 of them mapped: 16 + 1 > 16
    mmap(0x7ffff7fee000, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
    maps {
        7ffff7fef000-7ffff7ff3000 r--p
        7ffff7ff3000-7ffff7ff7000 rw-p
        7ffff7ff7000-7ffff7fff000 r--p
    }
    status { VmSize: 64 kB  VmData: 16 kB  MapCount: 3 }
}
