# A 6.18 process starts with RLIMIT_MEMLOCK 8 MiB (INIT_RLIMITS uses
# MLOCK_LIMIT, include/uapi/linux/resource.h: 8 MiB since 5.16, 64 KiB in
# 4.12), so without CAP_IPC_LOCK exactly 8 MiB can be locked: one page more
# is EAGAIN for MAP_LOCKED (mlock_future_ok) and ENOMEM for mlock (do_mlock);
# mlockall(MCL_CURRENT) compares all of total_vm with the limit.
# Verified on host 6.18 (uid 1000, RLIMIT_MEMLOCK 8M/8M as inherited).
kernel "6.18"
process app uid=1000 {
    $a = mmap(0x100000000000, 8M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    mlock($a, 8M) = 0
    status { VmLck: 8192 kB }
    mmap(0x100000800000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_LOCKED, -1, 0) = -1 EAGAIN
    mmap(0x100000800000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000800000
    mlock(0x100000800000, 4096) = -1 ENOMEM
    munlock($a, 4096) = 0
    mlock(0x100000800000, 4096) = 0
    maps {
        100000000000-100000001000 rw-p 00000000
        100000001000-100000801000 rw-p 00000000
    }
    status { VmLck: 8192 kB }
    mlockall(MCL_CURRENT) = -1 ENOMEM
}
