# do_mmap (mm/mmap.c:1380-1382, spec §2.1 step 10) with can_do_mlock
# (mm/mlock.c:28-35, §2.2.4): MAP_LOCKED needs a non-zero soft RLIMIT_MEMLOCK
# or CAP_IPC_LOCK, else EPERM. Root has CAP_IPC_LOCK, which also lifts the
# size limit of mlock_future_check (§2.2.5).
kernel "4.12"

process user uid=1000 {
    rlimit RLIMIT_MEMLOCK 0 64K
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = -1 EPERM
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    maps {
        7ffff7ffe000-7ffff7fff000 r--p
    }
    status { VmLck: 0 kB }
}

process ipclock uid=1000 caps=CAP_IPC_LOCK {
    rlimit RLIMIT_MEMLOCK 0 64K
    mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = 0x7ffff7ffd000
    status { VmLck: 8 kB }
}

process admin {
    rlimit RLIMIT_MEMLOCK 0 0
    mmap(NULL, 128K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = 0x7ffff7fdf000
    status { VmLck: 128 kB }
}
