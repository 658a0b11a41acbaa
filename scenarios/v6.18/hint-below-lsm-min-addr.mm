# Two mmap_min_addr values (delta §5.1): the sysctl (dac_mmap_min_addr, 4096)
# gates MAP_FIXED via cap_mmap_addr, but hints are rounded with the internal
# value max(4096, CONFIG_LSM_MMAP_MIN_ADDR = 65536). Hint 0x1000 -> 0x10000;
# hint 0x800 rounds to 0 -> no hint (top-down); a hint raised onto a busy
# 0x10000 falls back to the search (and merges with the page above).
# MAP_FIXED at 0x1000 is fine, MAP_FIXED at 0 too for root (CAP_SYS_RAWIO).
# Verified on host 6.18 (sysctl 4096, CONFIG_LSM_MMAP_MIN_ADDR=65536).
kernel "6.18"
process app {
    mmap(0x1000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000
    mmap(0x800, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(0xf000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mmap(0x1000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x1000
    mmap(0, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0
    maps {
        00000000-00001000 r--p 00000000
        00001000-00002000 rw-p 00000000
        00010000-00011000 rw-p 00000000
        7ffff7ffd000-7ffff7fff000 rw-p 00000000
    }
}
