# A read of anonymous memory that transparent huge pages may back maps the
# huge zero page over the whole 2 MiB extent (not counted in Rss). A write
# there then takes a huge page of its own in 4.12 (do_huge_pmd_wp_page,
# mm/huge_memory.c:1217) and 6.18, while 6.1 and 6.12 split the zero
# page's mapping and copy one small page (see v6.12/thp-zero-page-write.mm).
# Zapping one page splits a huge page; the rest stays resident.
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
