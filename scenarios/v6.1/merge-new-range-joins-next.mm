# 6.1's mmap_region tries vma_expand on next first, then on prev with next's
# anon_vma (6.1 mm/mmap.c __mmap_region, "Attempt to expand an old
# mapping"). P and N were populated apart, so each has its own anon_vma and
# they cannot become one: where 4.12 and 6.12 grow prev over the new page
# (merge/case-1-blocked-by-distinct-anon-vmas.mm), 6.1 grows next down.
# Verified on Debian's 6.1 (6.1.192) in a VM.
kernel "6.1"
process app {
    mmap(0x10000000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = 0x10000000
    mmap(0x10002000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = 0x10002000
    mmap(0x10001000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10001000
    maps {
        10000000-10001000 rw-p 00000000
        10001000-10003000 rw-p 00000000
    }
    status { MapCount: 2 }
    # With no anon_vma on either side, prev takes the range and next: one VMA.
    mmap(0x20000000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x20000000
    mmap(0x20002000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x20002000
    mmap(0x20001000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x20001000
    maps {
        10000000-10001000 rw-p 00000000
        10001000-10003000 rw-p 00000000
        20000000-20003000 r--p 00000000
    }
}
