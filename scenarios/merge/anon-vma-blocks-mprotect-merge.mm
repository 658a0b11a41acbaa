# §5.4 quirk (is_mergeable_anon_vma, mm/mmap.c:996-1008): MAP_POPULATE on a
# private writable mapping write-faults it, creating an anon_vma (spec §1.4).
# Its upper neighbour has no anon_vma (never touched), so find_mergeable_anon_vma
# cannot reuse one and a fresh anon_vma is made. mprotect then gives the
# populated VMA the neighbour's flags, but "new X vs existing NULL" is false
# (the existing VMA's chain is empty, not singular): no merge.
kernel "4.12"
process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    $b = mmap(NULL, 4096, PROT_READ|PROT_WRITE|PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = 0x7ffff7ffd000
    mprotect($b, 4096, PROT_READ|PROT_WRITE) = 0
    maps {
        7ffff7ffd000-7ffff7ffe000 rw-p 00000000
        7ffff7ffe000-7ffff7fff000 rw-p 00000000
    }
    status { MapCount: 2 }
}
