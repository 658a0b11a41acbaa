# spec §3.1 table: RLIMIT_STACK = 2^46 -> mmap_base = 0x7ffffffff000 - 2^46 =
# 0x3ffffffff000 (below gap_max, so not clamped).
kernel "4.12"
process app {
    rlimit RLIMIT_STACK 64T
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x3fffffffe000
}
