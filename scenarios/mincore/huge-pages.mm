# hugetlb memory is resident a huge page at a time: one touch maps all
# 512 pages of it (hugetlb_fault; mincore_hugetlb reports the huge page
# table entry for each small page).
memory hugepages=2
process app {
    $h = mmap(NULL, 4194304, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB, -1, 0) = 0x7ffff7a00000
    write $h+4096 = ok
    write $h+2097152 = ok
    mincore($h, 8192, [1, 1]) = 0
    mincore($h+2093056, 8192, [1, 1]) = 0
    mincore($h+4190208, 4096, [1]) = 0
    # A hugetlb VMA is unmapped in huge pages; the rest stays resident.
    munmap($h, 2097152) = 0
    mincore($h+2097152, 4096, [1]) = 0
}
