# VM_ACCOUNT is invisible in maps but compared by is_mergeable_vma
# (mm/mmap.c:973-994; quirk §11.8). A mapping created RW carries VM_ACCOUNT
# (mmap_region, mm/mmap.c:1637-1642) and keeps it after mprotect to
# PROT_READ (mprotect_fixup never clears it). It then cannot merge with a
# never-writable PROT_READ neighbour, although both print r--p.
kernel "4.12"
process app {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    $b = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mprotect($b, 4096, PROT_READ) = 0
    maps {
        7ffff7ffd000-7ffff7ffe000 r--p 00000000
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
    status { MapCount: 2  Committed_AS: 4 kB }
}
