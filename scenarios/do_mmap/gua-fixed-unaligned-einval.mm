# get_unmapped_area (mm/mmap.c:2070-2110, spec §3.2 steps 5-6): MAP_FIXED
# addresses are not rounded by do_mmap (§2.1 step 3); an unaligned one is
# EINVAL, but the TASK_SIZE test (ENOMEM) comes first.
kernel "4.12"

process app {
    mmap(0x10000800, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EINVAL
    mmap(0x10000001, 4096, PROT_READ, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EINVAL
    # unaligned and beyond TASK_SIZE - len: step 5 wins
    mmap(0x7ffffffff800, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
    mmap(0x10000000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x10000000
    maps {
        10000000-10001000 r--p
    }
}
