# mlock_future_check (mm/mmap.c:1384-1385, spec §2.1 step 11) also applies
# when VM_LOCKED comes from mm->def_flags after mlockall(MCL_FUTURE)
# (notes §2): plain mmaps are then limited by RLIMIT_MEMLOCK with EAGAIN.
# The EPERM test (:1380-1382) looks only at the MAP_LOCKED flag itself, so
# with RLIMIT_MEMLOCK lowered to 0 a plain mmap is EAGAIN, a MAP_LOCKED one EPERM.
kernel "4.12"

process user uid=1000 {
    mlockall(MCL_FUTURE) = 0
    mmap(NULL, 68K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 EAGAIN
    mmap(NULL, 64K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fef000
    status { VmLck: 64 kB }
    rlimit RLIMIT_MEMLOCK 0 64K
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 EAGAIN
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = -1 EPERM
    # munlockall clears def_flags and unlocks every VMA (no can_do_mlock test)
    munlockall() = 0
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fee000
    maps {
        7ffff7fee000-7ffff7fff000 r--p
    }
    status { VmLck: 0 kB  MapCount: 1 }
}
