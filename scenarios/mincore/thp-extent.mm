# A fault in anonymous memory that transparent huge pages may back maps
# the whole 2 MiB extent around it (do_huge_pmd_anonymous_page: the huge
# zero page for a read), where the extent lies inside the VMA: mincore
# reports all of it. MADV_HUGEPAGE allows it where the kernel's mode is
# `madvise`; MADV_DONTNEED on part of it leaves the rest mapped.
process app {
    $a = mmap(0x7ff000000000, 4194304, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x7ff000000000
    madvise($a, 4194304, MADV_HUGEPAGE) = 0
    read $a+1048576 = ok
    mincore($a, 8192, [1, 1]) = 0
    mincore($a+2093056, 8192, [1, 0]) = 0
    madvise($a, 4096, MADV_DONTNEED) = 0
    mincore($a, 8192, [0, 1]) = 0
    # A VMA that holds no whole extent gets small pages.
    $b = mmap(0x7ff000800000, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x7ff000800000
    madvise($b, 1048576, MADV_HUGEPAGE) = 0
    write $b = ok
    mincore($b, 8192, [1, 0]) = 0
}
