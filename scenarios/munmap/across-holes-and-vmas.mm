# One munmap spanning several VMAs and the holes between them
# (do_munmap, mm/mmap.c:2620-2733, spec §6.1): the first VMA is split at addr,
# the last at end, everything in between (including whole VMAs) is removed;
# holes inside the range are not an error.
kernel "4.12"
process app {
    mmap(0x10000000, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000000
    mmap(0x10004000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10004000
    mmap(0x10008000, 8192, PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10008000
    munmap(0x10001000, 0x8000) = 0
    maps {
        10000000-10001000 r--p 00000000
        10009000-1000a000 --xp 00000000
    }
    status { MapCount: 2  Committed_AS: 0 kB }
}
