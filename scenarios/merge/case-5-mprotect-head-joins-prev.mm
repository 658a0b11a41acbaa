# vma_merge case 5 (mm/mmap.c:1098-1189, spec §5.3), from mprotect_fixup
# (mm/mprotect.c:279-372): A is the head of N and P precedes it. Making N's
# first page RW (charged, VM_ACCOUNT added) matches P: P grows, N shrinks from
# the front (its pgoff advances).
kernel "4.12"
process app {
    $n = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mprotect($n, 4096, PROT_READ|PROT_WRITE) = 0
    maps {
        7ffff7ffc000-7ffff7ffe000 rw-p 00000000
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
    status { MapCount: 2  Committed_AS: 8 kB }
}
