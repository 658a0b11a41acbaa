# do_mlock (mm/mlock.c:661-706): with CAP_IPC_LOCK the RLIMIT_MEMLOCK
# comparison is skipped ("locked <= lock_limit || capable(CAP_IPC_LOCK)").
kernel "4.12"
process app uid=1000 caps=CAP_IPC_LOCK {
    $a = mmap(NULL, 131072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fdf000
    mlock($a, 131072) = 0
    status { VmLck: 128 kB }
}
