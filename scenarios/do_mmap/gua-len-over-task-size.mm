# get_unmapped_area (mm/mmap.c:2070-2110, spec §3.2 step 2): len > TASK_SIZE
# (0x7ffffffff000) -> ENOMEM, with or without MAP_FIXED. A length of exactly
# TASK_SIZE passes that test but fits nowhere: the top-down search
# (high = mmap_base < len) and the bottom-up fallback (low =
# TASK_UNMAPPED_BASE > TASK_SIZE - len) both fail (§3.4, §3.3, §3.5) -> ENOMEM.
kernel "4.12"

process app {
    mmap(NULL, 0x800000000000, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    mmap(0x10000000, 0x800000000000, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
    mmap(NULL, 0x7ffffffff000, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    maps { }
}
