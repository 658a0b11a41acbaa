# sys_mmap_pgoff (mm/mmap.c:1475-1522, spec §1.2 step 1.3): MAP_HUGETLB on a
# file that is not on hugetlbfs -> EINVAL, for ext4 and tmpfs files alike. The
# fd lookup comes first (EBADF), and the offset alignment before that.
kernel "4.12"

mount /mnt/t tmpfs
file /data/f size=4M
file /mnt/t/f size=4M

process app {
    open("/data/f", O_RDWR) = 3
    open("/mnt/t/f", O_RDWR) = 4
    mmap(NULL, 2M, PROT_READ, MAP_PRIVATE|MAP_HUGETLB, 3, 0) = -1 EINVAL
    mmap(NULL, 2M, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_HUGETLB, 4, 0) = -1 EINVAL
    mmap(NULL, 2M, PROT_READ, MAP_SHARED|MAP_HUGETLB|MAP_HUGE_2MB, 4, 0) = -1 EINVAL
    mmap(NULL, 2M, PROT_READ, MAP_PRIVATE|MAP_HUGETLB, 9, 0) = -1 EBADF
    mmap(NULL, 2M, PROT_READ, MAP_PRIVATE|MAP_HUGETLB, 9, 0x100) = -1 EINVAL
    # the same requests without MAP_HUGETLB are fine
    mmap(NULL, 2M, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7dff000
    maps {
        7ffff7dff000-7ffff7fff000 r--p 00000000 /data/f
    }
}
