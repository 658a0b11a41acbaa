# Quirk §11.7: top-down, successive file mappings with DECREASING offsets
# through the same fd merge (case 3: can_vma_merge_before needs
# next.pgoff == pgoff + pglen, mm/mmap.c:1098-1189; same struct file,
# mm/mmap.c:973-994).
kernel "4.12"
file /data/lib.so size=16K
process app {
    openat(AT_FDCWD, "/data/lib.so", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 8192) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 4096) = 0x7ffff7ffd000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7ffc000
    maps {
        7ffff7ffc000-7ffff7fff000 r--p 00000000 /data/lib.so
    }
    status { MapCount: 1 }
}
