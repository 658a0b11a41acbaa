# mlock_future_check (mm/mmap.c:1299-1315, spec §2.2.5, notes §5.4) adds the
# whole request to locked_vm without subtracting already-locked pages it will
# replace, so re-mapping part of a fully locked 64K region with MAP_LOCKED is
# EAGAIN at the default 16-page limit. Unmapping locked pages lowers locked_vm
# (do_munmap step 7, §6.1), after which it fits. PROT_NONE locked memory counts.
kernel "4.12"

process user uid=1000 {
    mmap(NULL, 64K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = 0x7ffff7fef000
    status { VmLck: 64 kB }
    mmap(0x7ffff7ff3000, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_LOCKED, -1, 0) = -1 EAGAIN
    munmap(0x7ffff7ffb000, 16K) = 0
    status { VmLck: 48 kB }
    mmap(0x7ffff7ff3000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_LOCKED, -1, 0) = 0x7ffff7ff3000
    maps {
        7ffff7fef000-7ffff7ff3000 ---p
        7ffff7ff3000-7ffff7ff4000 r--p
        7ffff7ff4000-7ffff7ffb000 ---p
    }
    status { VmLck: 48 kB  VmSize: 48 kB  MapCount: 3 }
}
