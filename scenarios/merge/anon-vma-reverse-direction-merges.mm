# Mirror of anon-vma-blocks-mprotect-merge.mm (spec §5.4: "The reverse
# direction works"): the populated VMA (anon_vma X, singular chain) is the
# EXISTING neighbour and the never-touched VMA is the one mprotected. Request
# anon NULL vs existing X with a singular chain is mergeable (mm/mmap.c:996-1008):
# case 8, one VMA.
kernel "4.12"
process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = 0x7ffff7ffe000
    $b = mmap(NULL, 4096, PROT_READ|PROT_WRITE|PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mprotect($b, 4096, PROT_READ|PROT_WRITE) = 0
    maps {
        7ffff7ffd000-7ffff7fff000 rw-p 00000000
    }
    status { MapCount: 1 }
}
