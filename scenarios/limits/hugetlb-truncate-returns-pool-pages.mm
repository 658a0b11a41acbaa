# A hugetlbfs file keeps its pages, and its reserve map, after every
# mapping and descriptor is gone: a shared fault commits its page to the
# inode's reserve map (vma_commit_reservation), so a later shared mapping of
# that range needs no new reservation (region_chg finds it), while another
# file's finds the pool empty. Truncating the file (here by O_TRUNC:
# hugetlbfs_setattr -> hugetlb_vmtruncate, remove_inode_hugepages and
# hugetlb_unreserve_pages) gives the page back. One huge page in the pool.
# Verified on Linux 4.12, 6.1 and 6.12 in VMs.
kernel "4.12"
memory hugepages=1
mount /h hugetlbfs pagesize=2M
file /h/f size=2M
file /h/g size=2M
process app {
    open("/h/f", O_RDWR) = 3
    $a = mmap(NULL, 2097152, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_NORESERVE|MAP_POPULATE, 3, 0) = 0x7ffff7c00000
    munmap($a, 2097152) = 0
    close(3) = 0
    open("/h/f", O_RDWR) = 3
    $b = mmap(NULL, 2097152, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_POPULATE, 3, 0) = 0x7ffff7c00000
    munmap($b, 2097152) = 0
    close(3) = 0
    open("/h/g", O_RDWR) = 3
    mmap(NULL, 2097152, PROT_READ, MAP_SHARED, 3, 0) = -1 ENOMEM (Cannot allocate memory)
    open("/h/f", O_RDWR|O_TRUNC) = 4
    mmap(NULL, 2097152, PROT_READ, MAP_SHARED, 3, 0) = 0x7ffff7c00000
}
