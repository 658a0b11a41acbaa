# A VM_NORESERVE hugetlb mapping has no reservation: its faults take pages
# from the free pool (hugetlb_no_page), so once MAP_POPULATE has faulted it
# in, the pool's one page is gone and a reserved hugetlb mapping cannot be
# made (hugetlb_reserve_pages: ENOMEM) until the first is unmapped. And fput
# releases an object only on the return to user space: a MAP_FIXED of a
# shared hugetlb mapping over the pool's only reserved page unmaps it, but
# its reservation is still held when hugetlbfs_file_mmap reserves for the
# new one: ENOMEM and a hole, the page free again once the call returns.
# Checked on Linux 4.12 in a VM and on this 6.18 host with one huge page.
kernel "4.12"

memory total=1G free=512M swap=0 hugepages=1

process app {
    $a = mmap(NULL, 2M, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_HUGETLB|MAP_NORESERVE|MAP_POPULATE, -1, 0) = 0x7ffff7c00000
    mmap(NULL, 2M, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_HUGETLB, -1, 0) = -1 ENOMEM
    munmap($a, 2M) = 0
    $b = mmap(NULL, 2M, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_HUGETLB, -1, 0) = 0x7ffff7c00000
    mmap($b, 2M, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_HUGETLB|MAP_FIXED, -1, 0) = -1 ENOMEM
    maps {
    }
    mmap(NULL, 2M, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_HUGETLB, -1, 0) = 0x7ffff7c00000
}
