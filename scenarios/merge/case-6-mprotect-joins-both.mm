# vma_merge case 6 (mm/mmap.c:1098-1189, spec §5.3): A = all of N, P before
# and X after are both compatible with the new flags: one VMA P u N u X.
kernel "4.12"
process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    $n = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    status { MapCount: 3 }
    mprotect($n, 4096, PROT_READ|PROT_WRITE) = 0
    maps {
        7ffff7ffc000-7ffff7fff000 rw-p 00000000
    }
    status { MapCount: 1  Committed_AS: 12 kB }
}
