# mlock_future_check (mm/mmap.c:1299-1315, spec §2.2.5): MAP_LOCKED needs
# (len>>12) + locked_vm <= RLIMIT_MEMLOCK>>12 without CAP_IPC_LOCK, else
# EAGAIN; unlike mlock it does not discount already-locked pages.
kernel "4.12"
process app uid=1000 {
    mmap(NULL, 69632, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = -1 EAGAIN
    mmap(NULL, 65536, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = 0x7ffff7fef000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = -1 EAGAIN
    status { VmLck: 64 kB  MapCount: 1 }
}
