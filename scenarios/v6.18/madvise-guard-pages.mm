# Guard pages (6.13): MADV_GUARD_INSTALL puts markers in the page tables of
# the range, where a fault is SIGSEGV, so MADV_POPULATE_* meets them with
# EFAULT (the pages before them faulted in); MADV_GUARD_REMOVE takes them
# away, and so does munmap. The VMA never splits: from 6.18.37 it is marked
# VM_MAYBE_GUARD as a whole (smaps `gu`), a flag merges ignore and keep.
# Special and hugetlb mappings refuse both, locked ones refuse an install
# (is_valid_guard_vma). A sealed read-only anonymous mapping refuses an
# install (it discards contents) but not a removal.
kernel "6.18"
process app {
    $a = mmap(0x100000000000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    madvise($a+4096, 4096, MADV_GUARD_INSTALL) = 0
    smaps
    madvise($a, 16384, MADV_POPULATE_WRITE) = -1 EFAULT (Bad address)
    madvise($a, 4096, MADV_POPULATE_READ) = 0
    madvise($a+8192, 8192, MADV_POPULATE_READ) = 0
    madvise($a+4096, 4096, MADV_DONTNEED) = 0
    madvise($a, 16384, MADV_POPULATE_READ) = -1 EFAULT (Bad address)
    madvise($a, 16384, MADV_GUARD_REMOVE) = 0
    madvise($a, 16384, MADV_POPULATE_WRITE) = 0
    madvise($a+8192, 4096, MADV_GUARD_INSTALL) = 0
    munmap($a+8192, 4096) = 0
    mmap($a+8192, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000002000
    madvise($a, 16384, MADV_POPULATE_WRITE) = 0
    smaps
    madvise($a+4096, 4096, MADV_DONTFORK) = 0
    smaps
    madvise($a+4096, 4096, MADV_DOFORK) = 0
    smaps
    $l = mmap(0x100000010000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_LOCKED, -1, 0) = 0x100000010000
    madvise($l, 4096, MADV_GUARD_INSTALL) = -1 EINVAL (Invalid argument)
    madvise($l, 4096, MADV_GUARD_REMOVE) = 0
    madvise($a, 81920, MADV_GUARD_INSTALL) = -1 EINVAL (Invalid argument)
    $r = mmap(0x100000020000, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000020000
    mseal($r, 8192, 0) = 0
    madvise($r, 4096, MADV_GUARD_INSTALL) = -1 EPERM (Operation not permitted)
    madvise($r, 4096, MADV_GUARD_REMOVE) = 0
    smaps
}
