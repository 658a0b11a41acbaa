# 6.1 and 6.12 (5.8 on) answer a write to the huge zero page by splitting
# its mapping into small zero pages and copying the one written
# (do_huge_pmd_wp_page: `goto fallback`): Rss grows by a page, not by
# 2 MiB as in 4.12 and 6.18 (smaps/thp-zero-page-write.mm).
kernel "6.12"
process app {
    $a = mmap(0x7ff000000000, 4194304, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x7ff000000000
    madvise($a, 4194304, MADV_HUGEPAGE) = 0
    read $a+4096 = ok
    smaps
    write $a+8192 = ok
    smaps
    write $a+2097152 = ok
    madvise($a+2097152, 4096, MADV_DONTNEED) = 0
    smaps
    mprotect($a+2101248, 4096, PROT_READ) = 0
    smaps
}
