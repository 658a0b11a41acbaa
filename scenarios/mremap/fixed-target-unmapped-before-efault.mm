# Partial effect (spec §0.2, §8.3 MREMAP_FIXED step 4): mremap_to unmaps the
# target range BEFORE vma_to_resize looks up the old address. With nothing
# mapped at old_addr the call fails EFAULT, but the target is already gone.
kernel "4.12"
process app {
    mmap(0x10000000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000000
    mremap(0x20000000, 4096, 4096, MREMAP_MAYMOVE|MREMAP_FIXED, 0x10000000) = -1 EFAULT
    maps {
        10001000-10002000 rw-p 00000000
    }
    status { Committed_AS: 4 kB }
}
