# mremap moves the page tables with the mapping (move_page_tables): the
# pages are resident at the new address and the old one maps nothing.
# Growing in place adds pages no fault has touched.
process app {
    $a = mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    write $a = ok
    write $a+8192 = ok
    $b = mremap($a, 16384, 16384, MREMAP_MAYMOVE|MREMAP_FIXED, 0x7ffff0000000) = 0x7ffff0000000
    mincore($b, 16384, [1, 0, 1, 0]) = 0
    mincore($a, 4096, [0]) = -1 ENOMEM (Cannot allocate memory)
    $c = mremap($b, 16384, 32768, 0) = 0x7ffff0000000
    mincore($b, 32768, [1, 0, 1, 0, 0, 0, 0, 0]) = 0
    $d = mremap($b, 32768, 4096, 0) = 0x7ffff0000000
    mincore($b, 4096, [1]) = 0
}
