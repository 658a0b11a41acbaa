# mlockall(MCL_FUTURE) (mm/mlock.c:752-816, notes §2) sets def_flags
# VM_LOCKED: later mmaps are locked (VmLck grows) and go through
# mlock_future_check (mm/mmap.c:1384-1385) -> EAGAIN past RLIMIT_MEMLOCK.
# MCL_FUTURE alone is never limited and locks nothing existing.
kernel "4.12"
process app uid=1000 {
    mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mlockall(MCL_FUTURE) = 0
    status { VmLck: 0 kB }
    mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ff9000
    status { VmLck: 16 kB }
    mmap(NULL, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 EAGAIN
    status { VmLck: 16 kB  MapCount: 2 }
}
