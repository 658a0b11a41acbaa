# A split past vm.max_map_count: 4.12's madvise_behavior checks the count
# before each split and answers ENOMEM (mm/madvise.c:138, :155); 6.x's
# split_vma makes the check and madvise answers its ENOMEM with EAGAIN
# ("kernel resources temporarily unavailable"). A change that merges needs
# no split and succeeds at the limit.
kernel "4.12"
sysctl vm.max_map_count = 3
process app {
    $a = mmap(0x100000000000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    madvise($a+4096, 4096, MADV_DONTFORK) = 0
    madvise($a+8192, 4096, MADV_DONTDUMP) = -1 ENOMEM (Cannot allocate memory)
    madvise($a+12288, 4096, MADV_DONTFORK) = -1 ENOMEM (Cannot allocate memory)
    madvise($a, 4096, MADV_DONTFORK) = 0
    smaps
    madvise($a, 4096, MADV_DOFORK) = 0
    smaps
}
