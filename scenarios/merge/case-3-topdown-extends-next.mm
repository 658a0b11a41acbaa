# vma_merge case 3 (mm/mmap.c:1098-1189, spec §5.3): AAAA NNNN. Top-down
# placement puts the second mapping directly below the first; with equal
# flags (both VM_ACCOUNT) and linear pgoff, next is extended down.
kernel "4.12"
process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    maps {
        7ffff7ffc000-7ffff7fff000 rw-p 00000000
    }
    status { MapCount: 1  VmData: 12 kB }
}
