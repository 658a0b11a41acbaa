# hugetlb mappings and madvise. 4.12 refuses MADV_DONTNEED on them
# (can_madv_dontneed_vma, mm/internal.h:46); 6.x takes it from a huge-page
# boundary, the length rounded down to whole huge pages, so less than one
# is nothing at all (madvise_dontneed_free_valid_vma). MADV_FREE, COLD and
# PAGEOUT refuse them everywhere, MADV_DODUMP only on 4.12 (VM_DONTEXPAND is
# VM_SPECIAL). MADV_POPULATE_WRITE takes pages from the pool, and
# MADV_REMOVE punches whole huge pages out of the file, giving them back:
# the other file can then be mapped. Two huge pages in the pool.
kernel "6.12"
memory hugepages=2
mount /h hugetlbfs pagesize=2M
file /h/f size=4M mode=0666
file /h/g size=2M mode=0666
process app {
    $f = open("/h/f", O_RDWR) = 3
    $a = mmap(0x100000000000, 4194304, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED|MAP_NORESERVE, $f, 0) = 0x100000000000
    madvise($a, 4194304, MADV_POPULATE_WRITE) = 0
    madvise($a+4096, 4096, MADV_DONTNEED) = -1 EINVAL (Invalid argument)
    madvise($a, 4096, MADV_DONTNEED) = 0
    madvise($a, 2097152, MADV_DONTNEED) = 0
    madvise($a, 2097152, MADV_DONTNEED_LOCKED) = 0
    madvise($a, 2097152, MADV_FREE) = -1 EINVAL (Invalid argument)
    madvise($a, 2097152, MADV_COLD) = -1 EINVAL (Invalid argument)
    madvise($a, 2097152, MADV_PAGEOUT) = -1 EINVAL (Invalid argument)
    madvise($a, 2097152, MADV_DODUMP) = 0
    madvise($a, 2097152, MADV_DONTDUMP) = 0
    madvise($a, 2097152, MADV_WILLNEED) = 0
    madvise($a, 2097152, MADV_MERGEABLE) = 0
    madvise($a+2097152, 2097152, MADV_HUGEPAGE) = 0
    smaps
    $g = open("/h/g", O_RDWR) = 4
    mmap(0x100000400000, 2097152, PROT_READ, MAP_SHARED|MAP_FIXED, $g, 0) = -1 ENOMEM (Cannot allocate memory)
    madvise($a, 4096, MADV_REMOVE) = 0
    madvise($a+2097152, 2097152, MADV_REMOVE) = 0
    mmap(0x100000400000, 2097152, PROT_READ, MAP_SHARED|MAP_FIXED, $g, 0) = 0x100000400000
    smaps
}
