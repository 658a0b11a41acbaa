# cap_mmap_addr (security/commoncap.c:1052-1064, spec §3.2 step 7) with
# vm.mmap_min_addr = 65536: MAP_FIXED below it is EPERM for a process without
# CAP_SYS_RAWIO, fine with it. A non-zero hint below it is raised to it by
# round_hint_to_min (mm/mmap.c:1290-1297, §2.2.1) instead of failing.
kernel "4.12"

sysctl vm.mmap_min_addr = 65536

process user uid=1000 {
    mmap(0xf000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EPERM
    mmap(0x10000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x10000
    # hint 0x5000 -> 0x10000 (taken) -> the top-down search
    mmap(0x5000, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    maps {
        00010000-00011000 r--p
        7ffff7ffe000-7ffff7fff000 ---p
    }
}

process hinted uid=1000 {
    mmap(0x5800, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000
}

process rawio uid=1000 caps=CAP_SYS_RAWIO {
    mmap(0xf000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0xf000
}
