# A sealed VMA (mseal, 6.10) refuses the advice that would discard its
# contents (MADV_DONTNEED, DONTNEED_LOCKED, FREE, REMOVE, DONTFORK,
# WIPEONFORK) with EPERM when it is anonymous, private and not writable
# (6.12 can_modify_vma_madv, mm/mseal.c). The test is made VMA by VMA as
# the walk reaches each one, before the advice's own checks: the VMAs
# before it were already advised, and a hole before it does not win. Other
# advice is taken, and may split the sealed VMA. Writable or shared sealed
# memory takes everything.
kernel "6.12"
process app {
    $a = mmap(0x100000000000, 16384, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    $w = mmap(0x100000010000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000010000
    $s = mmap(0x100000020000, 16384, PROT_READ, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000020000
    mseal($a, 16384, 0) = 0
    mseal($w, 16384, 0) = 0
    mseal($s, 16384, 0) = 0
    madvise($a, 4096, MADV_DONTNEED) = -1 EPERM (Operation not permitted)
    madvise($a, 4096, MADV_DONTNEED_LOCKED) = -1 EPERM (Operation not permitted)
    madvise($a, 4096, MADV_FREE) = -1 EPERM (Operation not permitted)
    madvise($a, 4096, MADV_REMOVE) = -1 EPERM (Operation not permitted)
    madvise($a, 4096, MADV_DONTFORK) = -1 EPERM (Operation not permitted)
    madvise($a, 4096, MADV_WIPEONFORK) = -1 EPERM (Operation not permitted)
    madvise($a, 4096, MADV_COLD) = 0
    madvise($a, 4096, MADV_PAGEOUT) = 0
    madvise($a, 4096, MADV_WILLNEED) = 0
    madvise($a, 4096, MADV_POPULATE_READ) = 0
    madvise($a+4096, 4096, MADV_DONTDUMP) = 0
    madvise($a+4096, 4096, MADV_HUGEPAGE) = 0
    smaps
    madvise($w, 4096, MADV_DONTNEED) = 0
    madvise($w+4096, 4096, MADV_DONTFORK) = 0
    madvise($w+8192, 4096, MADV_WIPEONFORK) = 0
    madvise($s, 4096, MADV_DONTNEED) = 0
    madvise($s, 4096, MADV_REMOVE) = 0
    madvise($s+4096, 4096, MADV_DONTFORK) = 0
    $u = mmap(0x100000030000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000030000
    $v = mmap(0x100000033000, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000033000
    mseal($v, 8192, 0) = 0
    madvise($u+4096, 16384, MADV_DONTFORK) = -1 EPERM (Operation not permitted)
    madvise($v, 8192, MADV_DOFORK) = 0
    mlock($v, 8192) = 0
    madvise($v, 8192, MADV_DONTNEED) = -1 EPERM (Operation not permitted)
    madvise($v, 8192, MADV_COLD) = -1 EINVAL (Invalid argument)
    smaps
}
