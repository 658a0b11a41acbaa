# Credentials are per process: cap_mmap_addr (security/commoncap.c:1052-1064)
# lets root and a uid holding CAP_SYS_RAWIO map page 0, but not a plain uid
# (EPERM); can_do_mlock (mm/mlock.c:28-35) with RLIMIT_MEMLOCK 0 lets only the
# CAP_IPC_LOCK holder mlock.
kernel "4.12"
process root {
    mmap(0, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0
}
process user uid=1000 {
    rlimit RLIMIT_MEMLOCK 0
    mmap(0, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EPERM
    $u = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mlock($u, 4096) = -1 EPERM
}
process rawio uid=1000 caps=CAP_SYS_RAWIO|CAP_IPC_LOCK {
    rlimit RLIMIT_MEMLOCK 0
    mmap(0, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0
    mlock(0, 4096) = 0
    status { VmLck: 4 kB }
}
process root {
    maps {
        00000000-00001000 r--p 00000000
    }
}
