# In-place growth never merges with the next VMA, even an adjacent,
# compatible one (spec §8.3 step 3: "no merging with the next VMA").
# vma_expandable allows the growth to end exactly at next.vm_start.
kernel "4.12"
process app {
    mmap(0x10002000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10002000
    mmap(0x10000000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000000
    mremap(0x10000000, 4096, 8192, 0) = 0x10000000
    maps {
        10000000-10002000 rw-p 00000000
        10002000-10003000 rw-p 00000000
    }
    status { MapCount: 2 }
}
