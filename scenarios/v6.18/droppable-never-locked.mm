# MAP_DROPPABLE memory is never locked (6.11+): mlock_fixup and, for new
# mappings under mlockall(MCL_FUTURE), __mmap_complete skip VM_DROPPABLE
# (vma_supports_mlock, mm/internal.h; the MCL_FUTURE half is "mm: prevent
# droppable mappings from being locked", in 6.18.y), so mlock, mlock2,
# mlockall and the growth of a droppable area leave VmLck alone. The limits
# still count it: do_mlock compares the whole range with RLIMIT_MEMLOCK, and
# mmap under MCL_FUTURE asks mlock_future_ok before it knows the mapping is
# droppable (EAGAIN).
# Verified on host 6.18 (uid 1000; smaps VmFlags show no "lo" on the
# droppable areas, "lo" on the private ones while locked).
kernel "6.18"
process app uid=1000 {
    $d = mmap(0x100000000000, 16K, PROT_READ|PROT_WRITE, MAP_DROPPABLE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    mlock($d, 16K) = 0
    mlock2($d, 16K, MLOCK_ONFAULT) = 0
    status { VmLck: 0 kB }
    mmap(0x100000008000, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000008000
    mlockall(MCL_CURRENT) = 0
    status { VmLck: 8 kB }
    munlockall() = 0
    mlockall(MCL_FUTURE) = 0
    mmap(0x100000010000, 12K, PROT_READ|PROT_WRITE, MAP_DROPPABLE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000010000
    status { VmLck: 0 kB }
    mremap(0x100000010000, 12K, 20K, 0, 0) = 0x100000010000
    status { VmLck: 0 kB }
    mmap(0x100000020000, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000020000
    status { VmLck: 16 kB }
    munlockall() = 0
    setrlimit(RLIMIT_MEMLOCK, {rlim_cur=32*1024, rlim_max=32*1024}) = 0
    mlockall(MCL_FUTURE) = 0
    mmap(0x100000040000, 64K, PROT_READ|PROT_WRITE, MAP_DROPPABLE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EAGAIN
    mmap(0x100000040000, 16K, PROT_READ|PROT_WRITE, MAP_DROPPABLE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000040000
    status { VmLck: 0 kB }
    munlockall() = 0
    mmap(0x100000080000, 64K, PROT_READ|PROT_WRITE, MAP_DROPPABLE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000080000
    mlock(0x100000080000, 64K) = -1 ENOMEM
    mlockall(MCL_CURRENT) = -1 ENOMEM
    status { VmLck: 0 kB }
    maps {
        100000000000-100000004000 rw-p 00000000
        100000008000-10000000a000 rw-p 00000000
        100000010000-100000015000 rw-p 00000000
        100000020000-100000024000 rw-p 00000000
        100000040000-100000044000 rw-p 00000000
        100000080000-100000090000 rw-p 00000000
    }
}
