# mmap_is_legacy (arch/x86/mm/mmap.c:72-81, spec §3.1): an unlimited
# RLIMIT_STACK at exec selects the legacy bottom-up allocator
# (arch_get_unmapped_area, sys_x86_64.c:103-162) with mmap_legacy_base =
# TASK_UNMAPPED_BASE = 0x2aaaaaaab000. The rlimit precedes the process's first
# call, so it is an exec-time limit.
kernel "4.12"
process app {
    rlimit RLIMIT_STACK unlimited
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x2aaaaaaab000
    mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x2aaaaaaac000
    maps {
        2aaaaaaab000-2aaaaaaac000 r--p 00000000
        2aaaaaaac000-2aaaaaaae000 rw-p 00000000
    }
}
