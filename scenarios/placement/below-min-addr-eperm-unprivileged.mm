# cap_mmap_addr (security/commoncap.c:1052-1064, spec §3.2 step 7): an address
# below vm.mmap_min_addr needs CAP_SYS_RAWIO. uid 1000 has no capabilities,
# so MAP_FIXED at 0 or at 0xf000 (below 65536) is EPERM; 0x10000 is allowed.
kernel "4.12"
sysctl vm.mmap_min_addr = 65536
process app uid=1000 {
    mmap(0, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EPERM
    mmap(0xf000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EPERM
    mmap(0x10000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x10000
    maps {
        00010000-00011000 r--p 00000000
    }
}
