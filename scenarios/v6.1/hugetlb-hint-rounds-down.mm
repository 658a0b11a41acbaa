# x86's hugetlb_get_unmapped_area from 4.14 to 6.12 rounds a hint down to
# a huge page and takes it if mmap_address_hint_valid and free (6.1
# arch/x86/mm/hugetlbpage.c); 4.12 rounded it up
# (arch/x86/mm/hugetlbpage.c:148), and so does the generic function 6.18
# uses. MAP_NORESERVE needs no page from the pool.
# Verified on Debian's 6.1 (6.1.192) in a VM.
kernel "6.1"
process app {
    mmap(0x100000201000, 2097152, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE|MAP_HUGETLB, -1, 0) = 0x100000200000
    mmap(0x100000201000, 2097152, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE|MAP_HUGETLB, -1, 0) = 0x7ffff7c00000
    maps {
        100000200000-100000400000 rw-p 00000000 /anon_hugepage (deleted)
        7ffff7c00000-7ffff7e00000 rw-p 00000000 /anon_hugepage (deleted)
    }
}
