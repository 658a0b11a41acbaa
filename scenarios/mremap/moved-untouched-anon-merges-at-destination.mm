# copy_vma (mm/mmap.c:3055-3130, spec §8.3 move_vma step 2): a never-faulted
# anonymous VMA gets pgoff = new_addr >> 12 at the destination, so vma_merge
# can join it with a compatible neighbour there (case 3: directly below Z).
kernel "4.12"
process app {
    mmap(0x10001000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10001000
    $a = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mremap($a, 4096, 4096, MREMAP_MAYMOVE|MREMAP_FIXED, 0x10000000) = 0x10000000
    maps {
        10000000-10002000 rw-p 00000000
    }
    status { MapCount: 1  Committed_AS: 8 kB }
}
