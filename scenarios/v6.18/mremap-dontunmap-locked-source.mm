# MREMAP_DONTUNMAP and mlock (6.18 mm/mremap.c): a same-size move checks no
# RLIMIT_MEMLOCK (check_prep_vma stops before mlock_future_ok), the copy is
# locked and counted (vrm_stat_account), and dontunmap_complete clears
# VM_LOCKED on the whole source VMA, not just the part moved, without
# lowering locked_vm. Those pages stay in VmLck after munlock and munmap,
# and still count against the limit.
# Verified on host 6.18 (uid 1000; smaps VmFlags: the source loses "lo").
kernel "6.18"
process app uid=1000 {
    setrlimit(RLIMIT_MEMLOCK, {rlim_cur=16*1024, rlim_max=16*1024}) = 0
    $a = mmap(0x100000000000, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    mlock($a, 16K) = 0
    status { VmLck: 16 kB }
    mremap(0x100000001000, 4096, 4096, MREMAP_MAYMOVE|MREMAP_FIXED|MREMAP_DONTUNMAP, 0x100000100000) = 0x100000100000
    maps {
        100000000000-100000004000 rw-p 00000000
        100000100000-100000101000 rw-p 00000000
    }
    status { VmLck: 20 kB }
    munlock($a, 16K) = 0
    status { VmLck: 20 kB }
    munmap(0x100000100000, 4096) = 0
    status { VmLck: 16 kB }
    munmap($a, 16K) = 0
    status { VmLck: 16 kB  VmSize: 0 kB }
    mmap(0x100000200000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000200000
    mlock(0x100000200000, 4096) = -1 ENOMEM
}
