# mincore reports a page of anonymous memory as resident once a fault
# mapped it: a read maps the zero page, a write a page of its own
# (4.12 mm/mincore.c:113-155 mincore_pte_range: pte_present is 1, pte_none
# of a VMA without a file is 0). MADV_DONTNEED zaps the pages; MADV_FREE
# leaves them mapped until reclaim; munmap takes them with the VMA.
process app {
    $a = mmap(NULL, 32768, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ff7000
    mincore($a, 32768, [0, 0, 0, 0, 0, 0, 0, 0]) = 0
    read $a = ok
    write $a+8192 = ok
    write $a+20480 = ok
    mincore($a, 32768, [1, 0, 1, 0, 0, 1, 0, 0]) = 0
    # A partial last page counts as a page.
    mincore($a, 8193, [1, 0, 1]) = 0
    madvise($a, 8192, MADV_DONTNEED) = 0
    mincore($a, 32768, [0, 0, 1, 0, 0, 1, 0, 0]) = 0
    madvise($a+16384, 8192, MADV_FREE) = 0
    mincore($a+16384, 8192, [0, 1]) = 0
    # PROT_NONE keeps the pages mapped.
    mprotect($a, 32768, PROT_NONE) = 0
    mincore($a, 32768, [0, 0, 1, 0, 0, 1, 0, 0]) = 0
    munmap($a+8192, 4096) = 0
    mincore($a+8192, 4096, [0]) = -1 ENOMEM (Cannot allocate memory)
    $b = mmap($a+8192, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x7ffff7ff9000
    mincore($a, 32768, [0, 0, 0, 0, 0, 1, 0, 0]) = 0
}
