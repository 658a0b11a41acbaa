# mmap_base = PAGE_ALIGN(TASK_SIZE - gap), gap = RLIMIT_STACK clamped to
# [128 MiB, TASK_SIZE/6*5] (arch/x86/mm/mmap.c:95-133, spec §3.1 table):
# 1 GiB -> 0x7ffffffff000 - 0x40000000 = 0x7fffbffff000.
kernel "4.12"
process app {
    rlimit RLIMIT_STACK 1G
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fffbfffe000
    maps {
        7fffbfffe000-7fffbffff000 r--p 00000000
    }
}
