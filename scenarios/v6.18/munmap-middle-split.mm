# munmap argument checks and splitting are unchanged (delta §7): unaligned
# start or len 0 -> EINVAL, an unmapped range -> 0, and a hole punched in the
# middle splits one VMA into two (the upper one keeps its own pgoff; anonymous
# offsets print as 0).
# Verified on host 6.18.
kernel "6.18"
process app {
    $a = mmap(NULL, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    munmap($a + 1, 4096) = -1 EINVAL
    munmap($a, 0) = -1 EINVAL
    munmap(0x100000000000, 4096) = 0
    munmap($a + 4096, 8K) = 0
    maps {
        7ffff7ffb000-7ffff7ffc000 rw-p 00000000
        7ffff7ffe000-7ffff7fff000 rw-p 00000000
    }
    status { MapCount: 2  VmSize: 8 kB }
}
