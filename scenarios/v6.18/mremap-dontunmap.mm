# MREMAP_DONTUNMAP (5.7; delta §9 steps 2.5 and 8): needs MREMAP_MAYMOVE and
# equal lengths (else EINVAL); the source stays mapped (emptied) and the pages
# move to a new area found top-down below it. The moved, faulted VMA keeps its
# pgoff, so it does not merge with the source it now touches.
# Verified on host 6.18.
kernel "6.18"
process app {
    $a = mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = 0x7ffff7ffd000
    mremap($a, 8K, 4096, MREMAP_MAYMOVE|MREMAP_DONTUNMAP) = -1 EINVAL
    mremap($a, 8K, 8K, MREMAP_DONTUNMAP) = -1 EINVAL
    mremap($a, 8K, 8K, MREMAP_MAYMOVE|MREMAP_DONTUNMAP) = 0x7ffff7ffb000
    maps {
        7ffff7ffb000-7ffff7ffd000 rw-p 00000000
        7ffff7ffd000-7ffff7fff000 rw-p 00000000
    }
    status { MapCount: 2  VmSize: 16 kB }
}
