# 6.12 knows MAP_ABOVE4G (6.6: the search starts at 4 GiB, and
# MAP_SHARED_VALIDATE accepts the bit) and MAP_DROPPABLE (6.11: a private
# anonymous mapping that is never reserved and never merges with plain
# memory). 6.1 refuses both (v6.1/mmap-flags-before-6.6.mm).
# Verified on Debian's 6.12 (6.12.118) in a VM.
kernel "6.12"
file /data/f size=8K
process app {
    mmap(NULL, 4096, PROT_READ, MAP_DROPPABLE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    openat(AT_FDCWD, "/data/f", O_RDWR) = 3
    mmap(NULL, 4096, PROT_READ, MAP_SHARED_VALIDATE|MAP_ABOVE4G, 3, 0) = 0x7ffff7ffd000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    maps {
        7ffff7ffc000-7ffff7ffd000 r--p 00000000
        7ffff7ffd000-7ffff7ffe000 r--s 00000000 /data/f
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
}
