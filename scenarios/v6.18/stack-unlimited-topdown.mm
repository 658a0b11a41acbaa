# x86 mmap_is_legacy() no longer looks at RLIMIT_STACK (delta §5.5): with an
# unlimited stack the layout stays top-down, mmap_base clamped to 5/6 of
# TASK_SIZE = 0x155555556000 (4.12: bottom-up from 0x2aaaaaaab000, see
# placement/legacy-rlimit-stack-unlimited.mm).
# Verified on host 6.18 (host mmap_base = 0x155555556000).
kernel "6.18"
process app {
    rlimit RLIMIT_STACK unlimited
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x155555555000
    mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x155555553000
    maps {
        155555553000-155555556000 rw-p 00000000
    }
}
