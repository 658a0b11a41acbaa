# mremap argument checks in order (mm/mremap.c:261-627, spec §8.3):
# 1 unknown flag bits -> EINVAL; 2 MREMAP_FIXED without MREMAP_MAYMOVE ->
# EINVAL; 3 unaligned old_addr -> EINVAL; 4 new_len page-aligning to 0 ->
# EINVAL (old_len 0 is allowed). All before any lookup, so on an unmapped
# address too.
kernel "4.12"
process app {
    $a = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mremap($a, 4096, 8192, 4) = -1 EINVAL
    mremap($a, 4096, 8192, MREMAP_FIXED, 0x10000000) = -1 EINVAL
    mremap($a + 1, 4096, 8192, MREMAP_MAYMOVE) = -1 EINVAL
    mremap($a, 4096, 0, MREMAP_MAYMOVE) = -1 EINVAL
    mremap($a, 4096, 0xfffffffffffff001, MREMAP_MAYMOVE) = -1 EINVAL
    mremap(0x10000001, 4096, 0, 0) = -1 EINVAL
    maps {
        7ffff7ffe000-7ffff7fff000 rw-p 00000000
    }
}
