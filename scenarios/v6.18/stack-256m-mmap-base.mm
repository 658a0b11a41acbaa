# mmap_base pads the stack limit with stack_guard_gap (delta §5.5): with
# RLIMIT_STACK 256M, gap = 256M + 1M -> mmap_base = 0x7ffffffff000 - 0x10100000
# = 0x7fffefeff000 (4.12: 0x7fffeffff000). The rlimit is set before the
# first call, i.e. before the process is exec'd.
# Verified on host 6.18 (host mmap_base = end of [vdso] = 0x7fffefeff000).
kernel "6.18"
process app {
    rlimit RLIMIT_STACK 256M
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fffefefe000
    mmap(NULL, 8K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fffefefc000
    maps {
        7fffefefc000-7fffefefe000 r--p 00000000
        7fffefefe000-7fffefeff000 rw-p 00000000
    }
}
