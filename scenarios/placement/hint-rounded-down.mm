# round_hint_to_min (mm/mmap.c:1290-1297, spec §2.2.1) rounds an unaligned
# hint DOWN to a page boundary; the mapping is placed there, not EINVAL.
kernel "4.12"
process app {
    mmap(0x10000fff, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000000
    mmap(0x20000001, 100, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x20000000
    maps {
        10000000-10001000 r--p 00000000
        20000000-20001000 rw-p 00000000
    }
}
