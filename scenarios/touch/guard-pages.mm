# A guard page (MADV_GUARD_INSTALL, 6.13) answers any access with SIGSEGV
# (SEGV_MAPERR), the pages before it in the range served; after
# MADV_GUARD_REMOVE the page is memory again.
kernel "6.18"
process app {
    $a = mmap(0x100000000000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    madvise($a + 8192, 4096, MADV_GUARD_INSTALL) = 0
    write $a 16384 = SIGSEGV SEGV_MAPERR
    read $a + 8192 = SIGSEGV SEGV_MAPERR
    read $a + 12288 = ok
    madvise($a, 16384, MADV_GUARD_REMOVE) = 0
    write $a 16384 = ok
    smaps
}
