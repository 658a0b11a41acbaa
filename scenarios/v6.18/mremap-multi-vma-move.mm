# Move-only fast path (6.17+, delta §9 step 4): MREMAP_FIXED with
# old_len == new_len may span several VMAs; each is moved in turn and the
# layout (including flags) is preserved at the destination. 4.12 gave EFAULT
# as soon as the range crossed a VMA end.
# Verified on host 6.18.
kernel "6.18"
process app {
    mmap(0x100000000000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    mmap(0x100000001000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000001000
    mremap(0x100000000000, 8K, 8K, MREMAP_MAYMOVE|MREMAP_FIXED, 0x100000100000) = 0x100000100000
    maps {
        100000100000-100000101000 rw-p 00000000
        100000101000-100000102000 r--p 00000000
    }
}
