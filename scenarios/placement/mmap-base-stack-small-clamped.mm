# gap_min = 128 MiB without randomization (arch/x86/mm/mmap.c:95-133, spec
# §3.1): a 1 MiB RLIMIT_STACK is clamped up, so mmap_base stays 0x7ffff7fff000.
kernel "4.12"
process app {
    rlimit RLIMIT_STACK 1M
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
}
