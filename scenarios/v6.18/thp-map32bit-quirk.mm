# MAP_32BIT quirk (delta §5.3): the padded search runs bottom-up in
# [1 GiB, 2 GiB) and finds 0x40000000, already aligned (off_sub = 0); because
# the *mm* is top-down the "+2M" rule fires anyway -> 0x40200000 in an empty
# window. A 4K MAP_32BIT mapping then takes 0x40000000, and the next 2M one
# skips the 0x1ff000 gap: padded hole at 0x40400000, +2M -> 0x40600000.
# Verified on host 6.18.
kernel "6.18"
process app {
    mmap(NULL, 2M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_32BIT, -1, 0) = 0x40200000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_32BIT, -1, 0) = 0x40000000
    mmap(NULL, 2M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_32BIT, -1, 0) = 0x40600000
    maps {
        40000000-40001000 rw-p 00000000
        40200000-40400000 rw-p 00000000
        40600000-40800000 rw-p 00000000
    }
}
