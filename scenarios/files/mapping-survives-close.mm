# A mapping holds its own reference to the open file description (vm_file,
# spec §0.3 "per VMA"; notes §3 "close ... never unmaps"): closing the fd
# leaves the mapping; the closed fd can no longer be mapped (EBADF), and the
# next open reuses the number. Mappings of two separate opens of one file
# never merge (§5.2, §11.9), even with adjacent offsets.
kernel "4.12"

file /data/f size=16K

process app {
    open("/data/f", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0x1000) = 0x7ffff7ffe000
    close(3) = 0
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = -1 EBADF
    open("/data/f", O_RDONLY) = 3
    # offset 0 right below offset 0x1000: linear, but another open file
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7ffe000 r--p 00000000 /data/f
        7ffff7ffe000-7ffff7fff000 r--p 00001000 /data/f
    }
    status { MapCount: 2 }
}
