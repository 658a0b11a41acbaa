# MREMAP_FIXED (mremap_to, mm/mremap.c:428-485, spec §8.3): the target range
# is unmapped first (here it replaces an existing mapping), then the VMA is
# moved there. A file mapping keeps its offset.
kernel "4.12"
file /data/f size=16K
process app {
    openat(AT_FDCWD, "/data/f", O_RDONLY) = 3
    $f = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE, 3, 4096) = 0x7ffff7ffd000
    mmap(0x10000000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000000
    mremap($f, 8192, 8192, MREMAP_MAYMOVE|MREMAP_FIXED, 0x10001000) = 0x10001000
    maps {
        10000000-10001000 rw-p 00000000
        10001000-10003000 r--p 00001000 /data/f
        10003000-10004000 rw-p 00000000
    }
    status { MapCount: 3  Committed_AS: 8 kB }
}
