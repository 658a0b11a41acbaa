# Unchanged from 4.12 (delta §5.4 "equivalence"): below mmap_base the
# top-down search places each mapping directly below the previous one;
# different protections do not merge; a hole opened by munmap is reused by
# the next request that fits (highest suitable gap).
# Verified on host 6.18.
kernel "6.18"
process app {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    $b = mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    munmap($b, 8K) = 0
    mmap(NULL, 4096, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    maps {
        7ffff7ffb000-7ffff7ffc000 ---p 00000000
        7ffff7ffd000-7ffff7ffe000 r-xp 00000000
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
}
