# Same geometry as topdown-search-below-min-addr-eperm.mm, but root holds
# CAP_SYS_RAWIO, so cap_mmap_addr (security/commoncap.c:1052-1064) lets the
# search result 0xf000 (top of the gap [0, 0x10000)) stand.
kernel "4.12"
sysctl vm.mmap_min_addr = 65536
process app {
    mmap(NULL, 0x7ffff7fef000, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x10000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0xf000
    maps {
        0000f000-00010000 r--p 00000000
        00010000-7ffff7fff000 ---p 00000000
    }
}
