# madvise's argument checks (mm/madvise.c:767-784; 6.x is_valid_madvise):
# advice the kernel does not know, an unaligned start, a length that rounds
# up to 0 and a range that wraps are EINVAL in that order; an empty range
# is 0 without a look at the address space. Then the walk: nothing mapped
# at or after the start is ENOMEM (an address above TASK_SIZE included).
kernel "4.12"
process app {
    $a = mmap(0x100000000000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    madvise($a, 4096, 0x4bc /* MADV_??? */) = -1 EINVAL (Invalid argument)
    madvise($a+1, 0, 0x4bc /* MADV_??? */) = -1 EINVAL (Invalid argument)
    madvise($a+1, 4096, MADV_NORMAL) = -1 EINVAL (Invalid argument)
    madvise($a+1, 0, MADV_NORMAL) = -1 EINVAL (Invalid argument)
    madvise($a, -1, MADV_DONTNEED) = -1 EINVAL (Invalid argument)
    madvise($a, -4096, MADV_DONTNEED) = -1 EINVAL (Invalid argument)
    madvise(0xfffffffffffff000, 4096, MADV_DONTNEED) = -1 EINVAL (Invalid argument)
    madvise(0xfffffffffffff000, 0, MADV_DONTNEED) = 0
    madvise(0x200000000000, 0, MADV_DONTNEED) = 0
    madvise(0x200000000000, 4096, MADV_DONTNEED) = -1 ENOMEM (Cannot allocate memory)
    madvise(0x800000000000, 4096, MADV_NORMAL) = -1 ENOMEM (Cannot allocate memory)
    madvise($a, 8192, 5) = -1 EINVAL (Invalid argument)
    madvise($a, 8192, 0x100000004) = 0
    madvise($a, 8192, MADV_WIPEONFORK) = -1 EINVAL (Invalid argument)
    madvise($a, 8192, MADV_COLD) = -1 EINVAL (Invalid argument)
    madvise($a, 8192, MADV_PAGEOUT) = -1 EINVAL (Invalid argument)
    madvise($a, 8192, MADV_POPULATE_READ) = -1 EINVAL (Invalid argument)
    madvise($a, 8192, MADV_POPULATE_WRITE) = -1 EINVAL (Invalid argument)
    madvise($a, 8192, MADV_DONTNEED_LOCKED) = -1 EINVAL (Invalid argument)
    madvise($a, 8192, MADV_MERGEABLE) = -1 EINVAL (Invalid argument)
    madvise($a, 8192, MADV_UNMERGEABLE) = -1 EINVAL (Invalid argument)
    madvise($a, 8192, MADV_GUARD_INSTALL) = -1 EINVAL (Invalid argument)
    madvise($a, 8192, MADV_GUARD_REMOVE) = -1 EINVAL (Invalid argument)
    madvise($a, 8192, MADV_WILLNEED) = 0
    madvise($a, 8192, MADV_FREE) = 0
    madvise($a, 8192, MADV_DONTNEED) = 0
    maps
}
