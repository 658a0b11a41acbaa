# round_hint_to_min (mm/mmap.c:1290-1297, spec §2.2.1): a non-zero hint below
# mmap_min_addr is raised to PAGE_ALIGN(mmap_min_addr); a hint below 4096
# rounds down to 0, which means "no hint" (top-down search). No EPERM: the
# raised hint is not below mmap_min_addr. Unprivileged process, so a hint
# kept below the minimum would have been refused by cap_mmap_addr.
kernel "4.12"
sysctl vm.mmap_min_addr = 65536
process app uid=1000 {
    mmap(0x2000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000
    mmap(0xfff, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    maps {
        00010000-00011000 r--p 00000000
        7ffff7ffe000-7ffff7fff000 rw-p 00000000
    }
}
