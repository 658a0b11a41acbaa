# The top-down search's low limit is 4096, not mmap_min_addr
# (sys_x86_64.c:164-217 step 5, quirk §11.6). If the only fitting gap lies
# below mmap_min_addr, the search returns it and cap_mmap_addr
# (security/commoncap.c:1052-1064) fails the call with EPERM for a caller
# without CAP_SYS_RAWIO -- no bottom-up fallback is tried.
kernel "4.12"
sysctl vm.mmap_min_addr = 65536
process app uid=1000 {
    mmap(NULL, 0x7ffff7fef000, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x10000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 EPERM
    maps {
        00010000-7ffff7fff000 ---p 00000000
    }
}
