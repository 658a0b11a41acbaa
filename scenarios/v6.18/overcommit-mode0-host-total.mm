# Overcommit mode 0 in 6.18 (delta §6.4): only the single request is compared
# with totalram + swap; free memory and earlier commitments do not count.
# total + 4K -> ENOMEM; total - 1G succeeds twice (4.12's heuristic would
# refuse the second). MAP_NORESERVE is not charged at all.
# memory total= is this host's MemTotal so the file runs unchanged on it.
# Placement: lengths are not 2 MiB multiples (total = 24684084K), plain search.
# Verified on host 6.18 (MemTotal 24684084 kB, no swap).
kernel "6.18"
memory total=24684084K swap=0
process app {
    mmap(NULL, 24684084K + 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    mmap(0x100000000000, 24684084K - 1G, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x100000000000
    mmap(0x200000000000, 24684084K - 1G, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x200000000000
    mmap(0x300000000000, 24684084K + 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x300000000000
    status { MapCount: 3 }
}
