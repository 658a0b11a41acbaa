# Without CAP_SYS_RAWIO only the sysctl vm.mmap_min_addr (4096) is enforced
# on MAP_FIXED (cap_mmap_addr, delta §5.1): 0 -> EPERM, 0x1000 and 0xf000 are
# allowed although they lie below the internal 65536 that hints are raised
# to. A hint of 0x1000 still lands at 0x10000.
# Verified on host 6.18 (uid 1000, no capabilities).
kernel "6.18"
process app uid=1000 {
    mmap(0, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EPERM
    mmap(0x1000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x1000
    mmap(0xf000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0xf000
    mmap(0x1000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000
    maps {
        00001000-00002000 r--p 00000000
        0000f000-00011000 r--p 00000000
    }
}
