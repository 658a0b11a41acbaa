# vma_merge case 4 (mm/mmap.c:1098-1189, spec §5.3), reached from
# mprotect_fixup (mm/mprotect.c:279-372): A is the tail of P and N follows.
# N is RW (VM_ACCOUNT); P is read-only. Making P's last page RW charges it and
# adds VM_ACCOUNT, so the new flags equal N's: P shrinks, N grows down.
kernel "4.12"
process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    $p = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mprotect($p + 4096, 4096, PROT_READ|PROT_WRITE) = 0
    maps {
        7ffff7ffc000-7ffff7ffd000 r--p 00000000
        7ffff7ffd000-7ffff7fff000 rw-p 00000000
    }
    status { MapCount: 2  Committed_AS: 8 kB }
}
