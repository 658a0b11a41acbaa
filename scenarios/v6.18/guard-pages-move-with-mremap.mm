# Guard pages (MADV_GUARD_INSTALL) live in the page tables, so mremap
# carries them with the pages it moves (move_page_tables): at the new
# address the guard page still answers SIGSEGV and stops MADV_POPULATE_*;
# after MREMAP_DONTUNMAP the source is empty memory, guard gone, but keeps
# its VM_MAYBE_GUARD mark (`gu`), which a VMA never loses.
kernel "6.18"
process app {
    $a = mmap(0x100000000000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    madvise($a + 4096, 4096, MADV_GUARD_INSTALL) = 0
    $b = mremap($a, 16384, 16384, MREMAP_MAYMOVE|MREMAP_FIXED, 0x100000100000) = 0x100000100000
    write $b 16384 = SIGSEGV SEGV_MAPERR
    write $b + 8192 8192 = ok
    madvise($b, 16384, MADV_POPULATE_READ) = -1 EFAULT (Bad address)
    $c = mremap($b, 16384, 16384, MREMAP_MAYMOVE|MREMAP_FIXED|MREMAP_DONTUNMAP, 0x100000200000) = 0x100000200000
    read $c + 4096 = SIGSEGV SEGV_MAPERR
    read $b + 4096 = ok
    smaps
}
