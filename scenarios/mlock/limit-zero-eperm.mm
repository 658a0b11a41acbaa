# can_do_mlock (mm/mlock.c:28-35): soft RLIMIT_MEMLOCK == 0 and no
# CAP_IPC_LOCK -> mlock EPERM (do_mlock step 1, before alignment and lookup,
# so even a zero length), mlockall EPERM, and mmap MAP_LOCKED EPERM
# (do_mmap, mm/mmap.c:1380-1382). munlock has no such check.
kernel "4.12"
process app uid=1000 {
    rlimit RLIMIT_MEMLOCK 0
    $a = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mlock($a, 4096) = -1 EPERM
    mlock($a, 0) = -1 EPERM
    mlockall(MCL_CURRENT) = -1 EPERM
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = -1 EPERM
    munlock($a, 4096) = 0
    status { VmLck: 0 kB  MapCount: 1 }
}
