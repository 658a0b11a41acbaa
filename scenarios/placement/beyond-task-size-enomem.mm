# get_unmapped_area (mm/mmap.c:2070-2110, spec §3.2): len > TASK_SIZE
# (0x7ffffffff000) -> ENOMEM (step 2); a MAP_FIXED range ending above
# TASK_SIZE -> ENOMEM (step 5). The last page below TASK_SIZE is fine.
kernel "4.12"
process app {
    mmap(NULL, 0x800000000000, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    mmap(0x7ffffffff000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
    mmap(0x7fffffffe000, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
    mmap(0x7fffffffe000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x7fffffffe000
    maps {
        7fffffffe000-7ffffffff000 r--p 00000000
    }
}
