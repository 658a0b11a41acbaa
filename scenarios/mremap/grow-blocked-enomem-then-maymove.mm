# Growth blocked by the next VMA: without MREMAP_MAYMOVE -> ENOMEM (spec §8.3
# non-fixed step 5), charge returned. With MAYMOVE: a fresh top-down search
# (no hint) picks 0x7ffff7ffa000, below the lowest VMA; move_vma copies the
# VMA there and unmaps the old range, leaving a hole.
kernel "4.12"
process app {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    $a = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mremap($a, 4096, 8192, 0) = -1 ENOMEM
    status { Committed_AS: 4 kB }
    mremap($a, 4096, 8192, MREMAP_MAYMOVE) = 0x7ffff7ffa000
    maps {
        7ffff7ffa000-7ffff7ffc000 rw-p 00000000
        7ffff7ffc000-7ffff7ffd000 r--p 00000000
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
    status { MapCount: 3  Committed_AS: 8 kB  VmSize: 16 kB }
}
