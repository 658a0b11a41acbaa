# mremap_to unmaps the MREMAP_FIXED destination only after the source passed
# its checks (delta §9 step 6): an unmapped source (EFAULT) or a source range
# running past its VMA when growing (EFAULT) leaves the destination mapping
# intact. 4.12 had already unmapped it
# (mremap/fixed-target-unmapped-before-efault.mm).
# Verified on host 6.18.
kernel "6.18"
process app {
    mmap(0x100000000000, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    mmap(0x100000010000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000010000
    mremap(0x100000020000, 4096, 4096, MREMAP_MAYMOVE|MREMAP_FIXED, 0x100000000000) = -1 EFAULT
    mremap(0x100000010000, 8K, 16K, MREMAP_MAYMOVE|MREMAP_FIXED, 0x100000000000) = -1 EFAULT
    maps {
        100000000000-100000002000 rw-p 00000000
        100000010000-100000011000 r--p 00000000
    }
}
