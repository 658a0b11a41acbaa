# get_unmapped_area -> security_mmap_addr -> cap_mmap_addr
# (mm/mmap.c:2070-2110, security/commoncap.c:1052-1064, spec §3.2 step 7):
# addr < mmap_min_addr (default 4096) without CAP_SYS_RAWIO -> EPERM.
# Root has CAP_SYS_RAWIO and may map page 0. Alignment (step 6) is tested first.
kernel "4.12"

process user uid=1000 {
    mmap(0, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EPERM
    mmap(0x800, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EINVAL
    mmap(0x1000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x1000
    maps {
        00001000-00002000 r--p
    }
}

process admin {
    mmap(0, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0
    maps {
        00000000-00001000 r--p
    }
}
