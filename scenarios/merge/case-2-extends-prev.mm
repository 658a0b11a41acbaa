# vma_merge case 2 (mm/mmap.c:1098-1189, spec §5.3): PPPP AAAA, nothing after.
# A hint directly above an existing anonymous VMA with equal flags: prev is
# extended over the request (pgoff addr>>12 is linear).
kernel "4.12"
process app {
    mmap(0x10000000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000000
    mmap(0x10002000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10002000
    maps {
        10000000-10003000 rw-p 00000000
    }
    status { MapCount: 1 }
}
