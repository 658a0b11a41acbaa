# A range with holes (mm/madvise.c:800-842; 6.x madvise_walk_vmas): each
# mapped part is advised, the holes skipped, and the answer is ENOMEM at the
# end. A VMA that refuses the advice stops the walk at once with its own
# errno: the parts before it were advised, the ones after it were not.
kernel "4.12"
process app {
    $a = mmap(0x100000000000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    $b = mmap(0x100000003000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000003000
    madvise($a+4096, 16384, MADV_DONTFORK) = -1 ENOMEM (Cannot allocate memory)
    smaps
    madvise($a, 20480, MADV_DOFORK) = -1 ENOMEM (Cannot allocate memory)
    smaps
    madvise(0x0ffffffff000, 12288, MADV_DONTDUMP) = -1 ENOMEM (Cannot allocate memory)
    smaps
    madvise($a, 8192, MADV_DODUMP) = 0
    madvise($b, 16384, MADV_DODUMP) = -1 ENOMEM (Cannot allocate memory)
    madvise($a, 20480, MADV_WILLNEED) = -1 ENOMEM (Cannot allocate memory)
    madvise($a, 20480, MADV_DONTNEED) = -1 ENOMEM (Cannot allocate memory)
    mlock($b, 4096) = 0
    madvise($a+4096, 16384, MADV_DONTFORK) = -1 ENOMEM (Cannot allocate memory)
    smaps
    madvise($a+4096, 16384, MADV_DONTNEED) = -1 EINVAL (Invalid argument)
    madvise($a+4096, 16384, MADV_REMOVE) = -1 EINVAL (Invalid argument)
    smaps
}
