# vma_merge case 7 (mm/mmap.c:1098-1189, spec §5.3): A = all of N, only P is
# compatible (X is r-x): P absorbs N, X is untouched.
kernel "4.12"
process app {
    mmap(NULL, 4096, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    $n = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mprotect($n, 4096, PROT_READ|PROT_WRITE) = 0
    maps {
        7ffff7ffc000-7ffff7ffe000 rw-p 00000000
        7ffff7ffe000-7ffff7fff000 r-xp 00000000
    }
    status { MapCount: 2 }
}
