# An unaligned MAP_FIXED address is not rounded (do_mmap only rounds hints,
# mm/mmap.c:1344-1345); get_unmapped_area rejects it with EINVAL
# (mm/mmap.c:2070-2110 step 6, spec §3.2). Step 5 (addr > TASK_SIZE - len ->
# ENOMEM) is evaluated first, so an unaligned address past the top is ENOMEM.
kernel "4.12"
process app {
    mmap(0x10000001, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EINVAL
    mmap(0x10000800, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EINVAL
    mmap(0x7fffffffe001, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
    maps { }
}
