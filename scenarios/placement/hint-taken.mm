# A free, page-aligned hint is honoured (arch_get_unmapped_area_topdown step 4,
# arch/x86/kernel/sys_x86_64.c:164-217, spec §3.4): TASK_SIZE - len >= addr and
# no VMA intersects [addr, addr+len).
kernel "4.12"
process app {
    mmap(0x10000000, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000000
    mmap(0x20000000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x20000000
    maps {
        10000000-10002000 r--p 00000000
        20000000-20001000 rw-p 00000000
    }
}
