# vma_merge (mm/mmap.c:1098-1189, spec §5.3 step 4): cases 1/6 need
# is_mergeable_anon_vma(prev.anon_vma, next.anon_vma, NULL). P and N were
# populated while not adjacent, so each got its own anon_vma
# (find_mergeable_anon_vma found no adjacent neighbour). Filling the hole
# between them can only extend prev (case 2); N stays separate.
kernel "4.12"
process app {
    mmap(0x10000000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = 0x10000000
    mmap(0x10002000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = 0x10002000
    mmap(0x10001000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10001000
    maps {
        10000000-10002000 rw-p 00000000
        10002000-10003000 rw-p 00000000
    }
    status { MapCount: 2 }
}
