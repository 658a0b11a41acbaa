# Overcommit mode 0 with the model's default machine (total=16G, swap=0;
# delta §6.4): a single request of 16G + 4K fails, 16G succeeds, and a second
# 16G succeeds too (not cumulative). Both 16G requests are 2 MiB multiples, so
# they are THP-placed (delta §5.3): 1st padded hole at 0x7ffbf7dff000,
# off_sub 0x1000 -> 0x7ffbf7e00000; 2nd at 0x7ff7f7c00000 with off_sub 0 ->
# +2M = 0x7ff7f7e00000, adjacent, so the two merge.
# Not verifiable on this host as written (its MemTotal is ~23.5G, so 16G+4K
# succeeds there); the rule itself is verified in
# overcommit-mode0-host-total.mm, and the placement of the two 16G requests
# was verified on the host (same addresses).
kernel "6.18"
process app {
    mmap(NULL, 16G + 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    mmap(NULL, 16G, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffbf7e00000
    mmap(NULL, 16G, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ff7f7e00000
    maps {
        7ff7f7e00000-7ffff7e00000 rw-p 00000000
    }
}
