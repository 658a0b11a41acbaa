# MAP_32BIT searches only [1 GiB, 2 GiB) (find_start_end,
# sys_x86_64.c:103-162). Fill the window with one PROT_NONE mapping; the
# next MAP_32BIT request finds no gap (unmapped_area, mm/mmap.c:1767-1967)
# and fails ENOMEM, while a normal request still goes top-down.
kernel "4.12"
process app {
    mmap(0x40000000, 0x40000000, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x40000000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_32BIT, -1, 0) = -1 ENOMEM
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    maps {
        40000000-80000000 ---p 00000000
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
}
