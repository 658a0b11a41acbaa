# From 5.16 sys_mremap looks the source VMA up before anything else it
# does (6.1 mm/mremap.c sys_mremap: vma_lookup, then the hugetlb
# alignment): a same-size or shrinking mremap of an unmapped address is
# EFAULT, where 4.12 returned the address
# (mremap/same-or-shrink-unmapped-succeeds.mm); and a MREMAP_FIXED move of
# an unmapped source fails before the destination is unmapped (4.12 unmaps
# it first). The new address is checked after the lookup: an unaligned one
# with an unmapped source is EFAULT, not EINVAL.
# Verified on Debian's 6.1 (6.1.192) in a VM.
kernel "6.1"
process app {
    mremap(0x100000000000, 4096, 4096, 0) = -1 EFAULT (Bad address)
    mremap(0x100000000000, 8192, 4096, 0) = -1 EFAULT (Bad address)
    $d = mmap(0x100000100000, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000100000
    mremap(0x100000000000, 4096, 4096, MREMAP_MAYMOVE|MREMAP_FIXED, $d) = -1 EFAULT (Bad address)
    mremap(0x100000000000, 4096, 4096, MREMAP_MAYMOVE|MREMAP_FIXED, 0x100000100001) = -1 EFAULT (Bad address)
    mremap($d, 4096, 4096, MREMAP_MAYMOVE|MREMAP_FIXED, 0x100000200001) = -1 EINVAL (Invalid argument)
    maps {
        100000100000-100000102000 r--p 00000000
    }
}
