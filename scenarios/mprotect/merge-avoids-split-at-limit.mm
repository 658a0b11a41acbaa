# mprotect_fixup tries vma_merge BEFORE splitting (mm/mprotect.c:279-372, spec
# §7.3 step 3). At the map-count limit, changing the lowest page of the upper
# VMA to the lower VMA's flags is a case 5 merge (P grows, N shrinks), so no
# split_vma and no ENOMEM.
kernel "4.12"
sysctl vm.max_map_count = 2
process app {
    $a = mmap(NULL, 12288, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    mprotect($a, 4096, PROT_READ|PROT_WRITE) = 0
    maps {
        7ffff7ffb000-7ffff7ffd000 rw-p 00000000
        7ffff7ffd000-7ffff7fff000 r--p 00000000
    }
    status { MapCount: 2  Committed_AS: 8 kB }
}
