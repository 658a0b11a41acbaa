# get_unmapped_area (mm/mmap.c:2070-2110, spec §3.2 step 5): after the
# allocator returns (MAP_FIXED: the address unchanged), addr > TASK_SIZE - len
# -> ENOMEM. TASK_SIZE = 0x7ffffffff000, so the last mappable page is
# 0x7fffffffe000.
kernel "4.12"

process app {
    mmap(0x7ffffffff000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
    mmap(0x7fffffffe000, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
    mmap(0xfffffffffffff000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
    mmap(0x7fffffffe000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x7fffffffe000
    maps {
        7fffffffe000-7ffffffff000 r--p
    }
}
