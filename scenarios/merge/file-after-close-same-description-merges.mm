# The mapping keeps the open file description alive after close(); a second
# open gives a NEW description, so a mapping through it does not merge with
# the first (mm/mmap.c:973-994). Mapping twice through fd 3 before the close
# does merge.
kernel "4.12"
file /data/lib.so size=16K
process app {
    openat(AT_FDCWD, "/data/lib.so", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 12288) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 8192) = 0x7ffff7ffd000
    close(3) = 0
    openat(AT_FDCWD, "/data/lib.so", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 4096) = 0x7ffff7ffc000
    maps {
        7ffff7ffc000-7ffff7ffd000 r--p 00001000 /data/lib.so
        7ffff7ffd000-7ffff7fff000 r--p 00002000 /data/lib.so
    }
}
