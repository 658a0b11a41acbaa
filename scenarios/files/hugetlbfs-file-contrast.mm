# Contrast for hugetlb-flag-non-hugetlbfs-einval.mm: on a hugetlbfs file
# sys_mmap_pgoff rounds len up to the huge page size and accepts MAP_HUGETLB
# (mm/mmap.c:1475-1522, spec §1.2 steps 1.2-1.3); hugetlb_get_unmapped_area
# aligns the top-down result down to 2 MiB (§3.6, §3.7:
# 0x7ffff7fff000 - 0x200000 -> 0x7ffff7c00000). hugetlbfs mappings are never
# commit-charged (accountable_mapping, §4.1 step 3).
kernel "4.12"

memory hugepages=4
mount /mnt/huge hugetlbfs pagesize=2M
file /mnt/huge/f size=4M

process app {
    open("/mnt/huge/f", O_RDWR) = 3
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_HUGETLB, 3, 0) = 0x7ffff7c00000
    maps {
        7ffff7c00000-7ffff7e00000 rw-s 00000000 /mnt/huge/f
    }
    status { VmSize: 2048 kB  Committed_AS: 0 kB }
}
