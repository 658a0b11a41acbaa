# MAP_FIXED_NOREPLACE (delta §2; §3 steps 3 and 11): the flag implies
# MAP_FIXED, and right after address selection any VMA intersecting
# [addr, addr+len) -> EEXIST, even a one-page overlap at the edge; nothing is
# changed. A free exact range is mapped at exactly addr and merges like any
# new anonymous mapping. Arena 0x100000000000.
# Verified on host 6.18 (hostrun, fresh exec per scenario).
kernel "6.18"
process app {
    mmap(0x100000002000, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000002000
    mmap(0x100000000000, 12K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = -1 EEXIST (File exists)
    mmap(0x100000003000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = -1 EEXIST
    mmap(0x100000000000, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = 0x100000000000
    mmap(0x100000004000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = 0x100000004000
    maps {
        100000000000-100000004000 rw-p 00000000
        100000004000-100000005000 r--p 00000000
    }
    status { MapCount: 2 }
}
