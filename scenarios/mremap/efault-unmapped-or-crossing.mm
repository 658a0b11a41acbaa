# vma_to_resize (mm/mremap.c:376-426, spec §8.3): no VMA containing old_addr
# -> EFAULT; old_len reaching past the VMA's end (across a boundary, even into
# an adjacent VMA) -> EFAULT.
kernel "4.12"
process app {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    $b = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mremap(0x10000000, 4096, 8192, MREMAP_MAYMOVE) = -1 EFAULT
    mremap($b, 8192, 16384, MREMAP_MAYMOVE) = -1 EFAULT
    maps {
        7ffff7ffd000-7ffff7ffe000 rw-p 00000000
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
}
