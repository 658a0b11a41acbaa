# Where 6.18's MREMAP_FIXED fails relative to the unmapping of its
# destination (mm/mremap.c): the checks of growth (check_prep_vma:
# mlock_future_ok, may_expand_vm) come before it, so a growth over
# RLIMIT_AS leaves the destination mapped; MREMAP_DONTUNMAP's own
# may_expand_vm for the copy is in mremap_to after it, so that refusal
# leaves the destination's first part unmapped.
# Verified on host 6.18 (RLIMIT_AS set relative to the process's own VmSize).
kernel "6.18"
process app {
    mmap(0x100000000000, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    mmap(0x100000100000, 16K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000100000
    status { VmSize: 24 kB }
    setrlimit(RLIMIT_AS, {rlim_cur=28*1024, rlim_max=28*1024}) = 0
    mremap(0x100000000000, 8K, 16K, MREMAP_MAYMOVE|MREMAP_FIXED, 0x100000100000) = -1 ENOMEM
    maps {
        100000000000-100000002000 rw-p 00000000
        100000100000-100000104000 r--p 00000000
    }
    setrlimit(RLIMIT_AS, {rlim_cur=20*1024, rlim_max=20*1024}) = 0
    mremap(0x100000000000, 8K, 8K, MREMAP_MAYMOVE|MREMAP_FIXED|MREMAP_DONTUNMAP, 0x100000100000) = -1 ENOMEM
    maps {
        100000000000-100000002000 rw-p 00000000
        100000102000-100000104000 r--p 00000000
    }
}
