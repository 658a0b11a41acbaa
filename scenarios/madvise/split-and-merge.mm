# Advice that changes a VMA's flags changes exactly the advised pages: the
# VMA splits around them (madvise_behavior, mm/madvise.c:121-175; 6.x
# madvise_update_vma) and merges back when the flags agree again. Advice
# that changes nothing splits nothing. HUGEPAGE then NOHUGEPAGE leaves the
# page different from its neighbours (VM_NOHUGEPAGE), so it stays apart.
kernel "4.12"
process app {
    $a = mmap(0x100000000000, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    madvise($a+4096, 4096, MADV_NORMAL) = 0
    madvise($a+4096, 4096, MADV_DONTFORK) = 0
    smaps
    madvise($a+4096, 4096, MADV_DOFORK) = 0
    smaps
    madvise($a, 4096, MADV_DONTDUMP) = 0
    madvise($a+4096, 8192, MADV_DONTDUMP) = 0
    smaps
    madvise($a, 12288, MADV_DODUMP) = 0
    madvise($a+8192, 4096, MADV_SEQUENTIAL) = 0
    madvise($a+4096, 4096, MADV_RANDOM) = 0
    smaps
    madvise($a, 12288, MADV_NORMAL) = 0
    smaps
    madvise($a+4096, 4096, MADV_HUGEPAGE) = 0
    madvise($a+4096, 4096, MADV_NOHUGEPAGE) = 0
    smaps
    madvise($a, 4096, MADV_NOHUGEPAGE) = 0
    madvise($a+8192, 4096, MADV_NOHUGEPAGE) = 0
    smaps
    $b = mmap(0x100000010000, 16384, PROT_READ, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000010000
    madvise($b+4096, 4096, MADV_DONTFORK) = 0
    madvise($b+8192, 4096, MADV_DONTFORK) = 0
    smaps
}
