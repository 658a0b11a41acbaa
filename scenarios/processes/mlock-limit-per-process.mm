# RLIMIT_MEMLOCK is checked against each mm's own locked_vm (do_mlock,
# mm/mlock.c:661-706): two unprivileged processes may each lock 64K.
kernel "4.12"
process a uid=1000 {
    $x = mmap(NULL, 65536, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fef000
    mlock($x, 65536) = 0
}
process b uid=1000 {
    $y = mmap(NULL, 65536, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fef000
    mlock($y, 65536) = 0
    status { VmLck: 64 kB }
}
process a {
    mlock($x, 65536) = 0
    status { VmLck: 64 kB }
}
