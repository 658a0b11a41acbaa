# ftruncate on hugetlbfs (hugetlbfs_setattr, fs/hugetlbfs/inode.c:688):
# whole huge pages only (EINVAL otherwise, after the generic checks); a
# shrink gives the pages and reservations past the new end back to the pool
# (hugetlb_vmtruncate). Two huge pages: a 4 MiB shared mapping reserves
# both, so a second file finds none; shrinking the first file to 2 MiB
# returns one.
# Verified on Linux 4.12, 6.1 and 6.12 in VMs.
kernel "4.12"
memory hugepages=2
mount /h hugetlbfs pagesize=2M
file /h/f size=4M
file /h/g size=2M
process app {
    open("/h/f", O_RDWR) = 3
    $a = mmap(NULL, 4194304, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = 0x7ffff7a00000
    munmap($a, 4194304) = 0
    open("/h/g", O_RDWR) = 4
    mmap(NULL, 2097152, PROT_READ, MAP_SHARED, 4, 0) = -1 ENOMEM (Cannot allocate memory)
    ftruncate(3, 4096) = -1 EINVAL (Invalid argument)
    ftruncate(3, 2097152) = 0
    mmap(NULL, 2097152, PROT_READ, MAP_SHARED, 4, 0) = 0x7ffff7c00000
}
