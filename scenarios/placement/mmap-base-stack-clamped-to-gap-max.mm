# spec §3.1: gap_max = (TASK_SIZE/6)*5 = 0x6aaaaaaa9d52. A finite RLIMIT_STACK
# above it (here 0x700000000000) is clamped: mmap_base =
# PAGE_ALIGN(0x7ffffffff000 - 0x6aaaaaaa9d52) = 0x155555556000
# (arch/x86/mm/mmap.c:95-133). Still top-down, since the limit is finite.
kernel "4.12"
process app {
    rlimit RLIMIT_STACK 0x700000000000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x155555555000
}
