# arch_get_unmapped_area_topdown (arch/x86/kernel/sys_x86_64.c:164-217, spec
# §3.4 step 5, §11.6): the top-down search's low limit is 4096, not
# mmap_min_addr. When the only free room is below mmap_min_addr the search
# returns it, and cap_mmap_addr (§3.2 step 7) then fails the call with EPERM
# -- no bottom-up fallback. Root (CAP_SYS_RAWIO) gets the low address.
kernel "4.12"

sysctl vm.mmap_min_addr = 65536

process user uid=1000 {
    # fill [0x10000, mmap_base) with one PROT_NONE VMA
    mmap(0x10000, 0x7ffff7fef000, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_NORESERVE, -1, 0) = 0x10000
    # highest gap that fits is [0, 0x10000): answer 0x10000 - 4096 = 0xf000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 EPERM
    maps {
        00010000-7ffff7fff000 ---p
    }
}

process admin {
    mmap(0x10000, 0x7ffff7fef000, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_NORESERVE, -1, 0) = 0x10000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0xf000
    maps {
        0000f000-00010000 r--p
        00010000-7ffff7fff000 ---p
    }
}
