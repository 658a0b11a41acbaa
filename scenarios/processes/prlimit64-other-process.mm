# prlimit64 may name another process (kernel/sys.c:1456-1500): pid is a
# pid_t, so only its low 32 bits count (0x1000003e8 is pid 1000); a pid
# that names no started process is ESRCH (:1477-1480; a process starts at
# its first call, pids counting from 1000 in order of appearance) before
# any other check; check_prlimit_permission (:1434-1454) then wants the
# caller's uid and gid to equal the target's, or CAP_SYS_RESOURCE (EPERM,
# even for a query), before do_prlimit's checks (:1367-1431: EINVAL for a
# bad resource, EPERM for raising a hard limit without the caller's
# CAP_SYS_RESOURCE). The limits set are the target's: a locks two pages
# under the limits b and admin gave it.
kernel "4.12"
process a uid=1000 {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
}
process b uid=1000 {
    prlimit64(1000, RLIMIT_MEMLOCK, {rlim_cur=4096, rlim_max=4096}, NULL) = 0
    prlimit64(1000, RLIMIT_MEMLOCK, {rlim_cur=8192, rlim_max=8192}, NULL) = -1 EPERM
    prlimit64(0x1000003e8, RLIMIT_MEMLOCK, NULL, NULL) = 0
    prlimit64(1002, 16, NULL, NULL) = -1 ESRCH
}
process c uid=2000 {
    prlimit64(1000, 16, NULL, NULL) = -1 EPERM
}
process admin uid=2000 caps=CAP_SYS_RESOURCE {
    prlimit64(1000, RLIMIT_MEMLOCK, {rlim_cur=8192, rlim_max=1M}, NULL) = 0
    prlimit64(1000, 16, NULL, NULL) = -1 EINVAL
}
process a {
    mlock(0x7ffff7ffe000, 4096) = 0
    $b = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mlock($b, 4096) = 0
    status { VmLck: 8 kB }
    mmap(0x7ffff7ffc000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_LOCKED, -1, 0) = -1 EAGAIN
}
