# mremap_to step 7 (mm/mremap.c:428-485, spec §8.3): the destination goes
# through get_unmapped_area(MAP_FIXED), whose cap_mmap_addr check
# (security/commoncap.c:1052-1064) refuses an address below mmap_min_addr
# for a caller without CAP_SYS_RAWIO: EPERM, the source is untouched.
kernel "4.12"
process app uid=1000 {
    $a = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mremap($a, 4096, 4096, MREMAP_MAYMOVE|MREMAP_FIXED, 0) = -1 EPERM
    maps {
        7ffff7ffe000-7ffff7fff000 rw-p 00000000
    }
    status { Committed_AS: 4 kB }
}
