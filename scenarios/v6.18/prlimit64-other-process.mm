# prlimit64 on another process of the scenario (kernel/sys.c prlimit64):
# its pid is a pid_t (only the low 32 bits count), a process that has not
# started yet (no call so far; pids are 1000, 1001, ... in order of
# appearance) is ESRCH, then check_prlimit_permission lets a caller with
# the same uid and gid (or CAP_SYS_RESOURCE) read and set the limits,
# before do_prlimit's own checks (EINVAL for a bad resource; EPERM for
# raising a hard limit, which asks the caller's CAP_SYS_RESOURCE). b lowers
# a's RLIMIT_MEMLOCK to one page and a's second mlock fails.
# Verified on host 6.18 (a non-existent pid stands for a process not yet
# started).
kernel "6.18"
process a uid=1000 {
    mmap(0x100000000000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
}
process b uid=1000 {
    prlimit64(1000, RLIMIT_MEMLOCK, {rlim_cur=4096, rlim_max=4096}, NULL) = 0
    prlimit64(1000, RLIMIT_MEMLOCK, {rlim_cur=8192, rlim_max=8192}, NULL) = -1 EPERM
    prlimit64(0x1000003e8, RLIMIT_MEMLOCK, NULL, NULL) = 0
    prlimit64(1000, 16, NULL, NULL) = -1 EINVAL
    prlimit64(1002, RLIMIT_MEMLOCK, NULL, NULL) = -1 ESRCH
    prlimit64(-1, RLIMIT_MEMLOCK, NULL, NULL) = -1 ESRCH
}
process a {
    mlock(0x100000000000, 4096) = 0
    mmap(0x100000001000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000001000
    mlock(0x100000001000, 4096) = -1 ENOMEM
}
process c uid=2000 {
    prlimit64(1000, RLIMIT_MEMLOCK, NULL, NULL) = -1 EPERM
    prlimit64(1000, 16, NULL, NULL) = -1 EPERM
    prlimit64(1003, 16, NULL, NULL) = -1 ESRCH
    prlimit64(0, RLIMIT_MEMLOCK, {rlim_cur=0, rlim_max=0}, NULL) = 0
}
