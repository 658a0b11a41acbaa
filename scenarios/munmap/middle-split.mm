# A hole in the middle of one VMA (do_munmap, mm/mmap.c:2620-2733, spec §6.1
# steps 5-6): the first split keeps [start, addr) and inserts [addr, end_vma);
# the second splits at end; the middle piece is freed. Net map_count +1. For a
# file mapping the upper piece's offset advances.
kernel "4.12"
file /data/f size=16K
process app {
    openat(AT_FDCWD, "/data/f", O_RDONLY) = 3
    $a = mmap(NULL, 16384, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7ffb000
    munmap($a + 4096, 8192) = 0
    maps {
        7ffff7ffb000-7ffff7ffc000 r--p 00000000 /data/f
        7ffff7ffe000-7ffff7fff000 r--p 00003000 /data/f
    }
    status { MapCount: 2  VmSize: 8 kB }
}
