# check_prep_vma (delta §9 step 5.1): mremap now looks the VMA up for every
# call, so a same-size or shrinking mremap of an unmapped address -> EFAULT
# (4.12 returned the address: mremap/same-or-shrink-unmapped-succeeds.mm).
# On a mapped VMA same-size returns the address and shrink unmaps the tail.
# Verified on host 6.18.
kernel "6.18"
process app {
    mremap(0x100000000000, 4096, 4096, 0) = -1 EFAULT (Bad address)
    mremap(0x100000000000, 8K, 4096, 0) = -1 EFAULT
    $a = mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mremap($a, 8K, 8K, 0) = 0x7ffff7ffd000
    mremap($a, 8K, 4096, 0) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7ffe000 rw-p 00000000
    }
}
