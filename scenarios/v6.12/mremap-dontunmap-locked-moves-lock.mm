# MREMAP_DONTUNMAP of part of a locked VMA (6.12 mm/mremap.c move_vma, as 6.1): the
# source is split ahead ("To account mlock()'d pages correctly"), only the
# moved part loses VM_LOCKED, and locked_vm is left alone ("Because we won't
# unmap we don't need to touch locked_vm"): the copy carries the source's
# count. So VmLck stays 16 kB, munlock of the source takes 12 kB off, and
# unmapping the copy the last 4 kB. 6.18 unlocks the whole source VMA and
# counts the copy as well (v6.18/mremap-dontunmap-locked-source.mm).
# Verified on Debian's 6.12 (6.12.118) in a VM.
kernel "6.12"
process app uid=1000 {
    setrlimit(RLIMIT_MEMLOCK, {rlim_cur=16*1024, rlim_max=16*1024}) = 0
    $a = mmap(0x100000000000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    mlock($a, 16384) = 0
    status { VmLck: 16 kB }
    mremap(0x100000001000, 4096, 4096, MREMAP_MAYMOVE|MREMAP_FIXED|MREMAP_DONTUNMAP, 0x100000100000) = 0x100000100000
    maps {
        100000000000-100000001000 rw-p 00000000
        100000001000-100000002000 rw-p 00000000
        100000002000-100000004000 rw-p 00000000
        100000100000-100000101000 rw-p 00000000
    }
    status { VmLck: 16 kB  MapCount: 4 }
    munlock($a, 16384) = 0
    status { VmLck: 4 kB  MapCount: 4 }
    munmap(0x100000100000, 4096) = 0
    status { VmLck: 0 kB }
    mmap(0x100000200000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000200000
    mlock(0x100000200000, 4096) = 0
}
