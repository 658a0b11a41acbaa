# In-place growth goes through vma_merge_extend (delta §9 step 7): when the
# grown VMA reaches a compatible next VMA they merge into one (4.12: two VMAs,
# mremap/grow-in-place-no-merge.mm). Both untouched, same flags, linear pgoff.
# Verified on host 6.18.
kernel "6.18"
process app {
    mmap(0x10002000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10002000
    mmap(0x10000000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000000
    mremap(0x10000000, 4096, 8K, 0) = 0x10000000
    maps {
        10000000-10003000 rw-p 00000000
    }
    status { MapCount: 1 }
}
