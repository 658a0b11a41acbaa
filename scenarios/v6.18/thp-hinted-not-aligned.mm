# The THP branch needs addr == 0 (delta §5.1, §5.3 "not aligned"): a 2 MiB
# request with a busy hint takes the normal top-down search -- directly below
# the busy page, 0x7ffff7dfe000, merging with it -- and a free unaligned hint
# is honoured exactly.
# Verified on host 6.18.
kernel "6.18"
process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(0x7ffff7ffe000, 2M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dfe000
    mmap(0x100000001000, 2M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x100000001000
    maps {
        100000001000-100000201000 rw-p 00000000
        7ffff7dfe000-7ffff7fff000 rw-p 00000000
    }
}
