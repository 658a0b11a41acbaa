# Legacy bottom-up (arch_get_unmapped_area, sys_x86_64.c:103-162, spec §3.3):
# a free hint is honoured even below mmap_legacy_base; a search starts at
# low = 0x2aaaaaaab000, so it never uses the space below it
# (unmapped_area answers max(highest_vm_end, low)).
kernel "4.12"
sysctl vm.legacy_va_layout = 1
process app {
    mmap(0x10000000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x2aaaaaaab000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_32BIT, -1, 0) = 0x40000000
    maps {
        10000000-10001000 r--p 00000000
        40000000-40001000 r--p 00000000
        2aaaaaaab000-2aaaaaaac000 rw-p 00000000
    }
}
