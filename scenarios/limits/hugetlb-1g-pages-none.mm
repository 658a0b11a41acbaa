# The machine's 1 GiB hstate exists but holds no pages (hugepages= counts
# 2 MiB pages): a MAP_NORESERVE 1 GiB hugetlb mapping is made (no
# reservation is asked), but faulting it in finds no free page, so mlock's
# populate fails with ENOMEM, while 2 MiB pages are there for the 2 MiB
# mapping. (mlock_fixup leaves hugetlb VMAs unlocked and uncounted: VmLck
# stays 0.) A reserved 1 GiB mapping is refused at once
# (hugetlb_reserve_pages).
# Verified on Linux 4.12, 6.1 and 6.12 in VMs (found by fuzzing).
kernel "4.12"
memory hugepages=2
process app {
    $g = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|MAP_HUGE_1GB|MAP_NORESERVE, -1, 0) = 0x7fff80000000
    mlock($g, 4096) = -1 ENOMEM (Cannot allocate memory)
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|MAP_HUGE_1GB, -1, 0) = -1 ENOMEM (Cannot allocate memory)
    $m = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|MAP_NORESERVE, -1, 0) = 0x7ffff7c00000
    mlock($m, 4096) = 0
    status { VmLck: 0 kB }
}
