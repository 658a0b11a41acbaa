# vma_expandable (spec §8.3 step 3) only requires that the next VMA does not
# start before end + delta; the stack guard gap is NOT considered. A VMA
# placed (MAP_FIXED, which also ignores the gap) 2 pages below a
# MAP_GROWSDOWN VMA can grow in place right up to it.
kernel "4.12"
process app {
    mmap(0x10100000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_GROWSDOWN, -1, 0) = 0x10100000
    $a = mmap(0x100fe000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100fe000
    mremap($a, 4096, 8192, 0) = 0x100fe000
    maps {
        100fe000-10100000 rw-p 00000000
        10100000-10101000 rw-p 00000000
    }
}
