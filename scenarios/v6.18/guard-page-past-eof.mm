# A guard marker is met before the file is asked for the page: a store to
# a guard page past the end of the file is SIGSEGV (handle_pte_marker),
# not the SIGBUS of the page past EOF next to it. Found by the fuzzer.
kernel "6.18"
file /data/f size=4K mode=0600
process app {
    openat(AT_FDCWD, "/data/f", O_RDWR) = 3
    $a = mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = 0x7ffff7ffc000
    madvise($a+4096, 4096, MADV_GUARD_INSTALL) = 0
    write $a = ok
    write $a+4096 = SIGSEGV SEGV_MAPERR
    write $a+8192 = SIGBUS BUS_ADRERR
}
