# No THP alignment (delta §5.3 "not aligned"): lengths that are not 2 MiB
# multiples (3M, 2M+4K) and shared anonymous memory (shmem_get_unmapped_area,
# with shmem THP off as on the host: shmem_enabled=never) are placed by the
# plain top-down search, each directly below the previous one. The private
# ones merge; the shared one is a separate /dev/zero (deleted) VMA.
# Verified on host 6.18.
kernel "6.18"
process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(NULL, 3M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7cfe000
    mmap(NULL, 2M + 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7afd000
    mmap(NULL, 2M, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = 0x7ffff78fd000
    maps {
        7ffff78fd000-7ffff7afd000 rw-s 00000000 /dev/zero (deleted)
        7ffff7afd000-7ffff7fff000 rw-p 00000000
    }
}
