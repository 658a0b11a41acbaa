# MAP_32BIT (arch_get_unmapped_area_topdown step 3 -> arch_get_unmapped_area,
# arch/x86/kernel/sys_x86_64.c:103-217, find_start_end; spec §3.3/§3.4):
# searched bottom-up inside [0x40000000, 0x80000000). A hint inside the
# window is honoured; a hint above 2 GiB fails "end - len >= addr" and is
# replaced by the window search.
kernel "4.12"
process app {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_32BIT, -1, 0) = 0x40000000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_32BIT, -1, 0) = 0x40001000
    mmap(0x50000000, 4096, PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS|MAP_32BIT, -1, 0) = 0x50000000
    mmap(0x7ffff0000000, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_32BIT, -1, 0) = 0x40002000
    maps {
        40000000-40001000 r--p 00000000
        40001000-40002000 rw-p 00000000
        40002000-40003000 ---p 00000000
        50000000-50001000 --xp 00000000
    }
}
