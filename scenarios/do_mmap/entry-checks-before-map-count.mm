# Check order (spec §11.1 items 2 and 5): sys_mmap_pgoff's fd lookup (EBADF)
# and MAP_HUGETLB-on-a-non-hugetlbfs-file test (EINVAL) (mm/mmap.c:1475-1522)
# run before do_mmap, hence before its map-count test (:1357-1358, ENOMEM).
# The bad fd also hides an invalid MAP_TYPE.
kernel "4.12"

sysctl vm.max_map_count = 1
file /data/f size=8K

process app {
    open("/data/f", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    # map_count 2 > 1 from here on
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0x1000) = -1 ENOMEM
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 5, 0) = -1 EBADF
    mmap(NULL, 4096, PROT_READ, MAP_SHARED_VALIDATE, 5, 0) = -1 EBADF
    mmap(NULL, 4096, PROT_READ, 0, 5, 0) = -1 EBADF
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_HUGETLB, 3, 0) = -1 EINVAL
    status { MapCount: 2 }
}
