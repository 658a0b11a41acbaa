# Quirk §11.7: top-down placement puts each later mapping BELOW the earlier
# one, so increasing file offsets are not linear in address order
# (next.pgoff != pgoff + pglen, mm/mmap.c:1098-1189): no merge.
kernel "4.12"
file /data/lib.so size=16K
process app {
    openat(AT_FDCWD, "/data/lib.so", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 4096) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7ffe000 r--p 00001000 /data/lib.so
        7ffff7ffe000-7ffff7fff000 r--p 00000000 /data/lib.so
    }
    status { MapCount: 2 }
}
