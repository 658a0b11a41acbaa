# MAP_FIXED_NOREPLACE is turned into MAP_FIXED before round_hint_to_min
# (delta §3 steps 3-4), so an unaligned address is NOT rounded: EINVAL from
# the fixed-address path of get_unmapped_area. The same address given as a
# plain hint is rounded down to the page and taken. The length is still
# page-aligned up (100 bytes -> one page).
# Verified on host 6.18.
kernel "6.18"
process app {
    mmap(0x100000000800, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = -1 EINVAL (Invalid argument)
    mmap(0x100000000800, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x100000000000
    mmap(0x100000002000, 100, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = 0x100000002000
    maps {
        100000000000-100000001000 r--p 00000000
        100000002000-100000003000 r--p 00000000
    }
}
