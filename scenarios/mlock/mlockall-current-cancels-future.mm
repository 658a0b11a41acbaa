# apply_mlockall_flags (mm/mlock.c:752-785, notes §2) always clears the lock
# bits of def_flags first: mlockall(MCL_CURRENT) after mlockall(MCL_FUTURE)
# cancels the future locking, so the next mmap is not locked.
kernel "4.12"
process app {
    mlockall(MCL_FUTURE) = 0
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mlockall(MCL_CURRENT) = 0
    mmap(NULL, 4096, PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    status { VmLck: 4 kB  MapCount: 2 }
}
