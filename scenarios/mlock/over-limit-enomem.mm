# do_mlock (mm/mlock.c:661-706, notes §2 step 5, §5.4): exceeding
# RLIMIT_MEMLOCK without CAP_IPC_LOCK is ENOMEM (not EAGAIN, which is
# mmap's mlock_future_check). 17 pages > 16; nothing is locked.
kernel "4.12"
process app uid=1000 {
    $a = mmap(NULL, 69632, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fee000
    mlock($a, 69632) = -1 ENOMEM
    mlock($a, 4096) = 0
    mlock($a + 4096, 65536) = -1 ENOMEM
    status { VmLck: 4 kB  MapCount: 2 }
}
