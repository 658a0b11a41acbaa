# can_do_mlock (mm/mlock.c:28-35): a zero RLIMIT_MEMLOCK is fine when the
# caller holds CAP_IPC_LOCK.
kernel "4.12"
process app uid=1000 caps=CAP_IPC_LOCK {
    rlimit RLIMIT_MEMLOCK 0
    $a = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mlock($a, 8192) = 0
    status { VmLck: 8 kB }
}
