# The delta §5.3 example: with one page at the top, a 2 MiB anonymous mapping
# lands at 0x7ffff7c00000, not at 0x7ffff7dfe000, leaving a 0x1fe000 hole
# and not merging with the page. PROT_NONE and MAP_NORESERVE requests are
# aligned too: the next 2M goes to ret + 2M = 0x7ffff7a00000 (padded 4M hole
# at 0x7ffff7800000, off_sub = 0) and, being PROT_NONE, does not merge.
# Verified on host 6.18 (2 MiB phase matched as in thp-anon-first-2m.mm).
kernel "6.18"
process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(NULL, 2M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7c00000
    mmap(NULL, 2M, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff7a00000
    maps {
        7ffff7a00000-7ffff7c00000 ---p 00000000
        7ffff7c00000-7ffff7e00000 rw-p 00000000
        7ffff7ffe000-7ffff7fff000 rw-p 00000000
    }
}
