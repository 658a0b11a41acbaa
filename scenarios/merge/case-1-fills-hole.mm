# vma_merge case 1 (mm/mmap.c:1098-1189, spec §5.3): PPPP AAAA NNNN with A a
# hole. Unmapping the middle page of a 3-page RW mapping leaves two pieces
# with linear pgoff and no anon_vma; the next 4K RW mmap lands in the hole
# (highest fitting gap) and joins both: prev extended to next.end, next
# removed.
kernel "4.12"
process app {
    $a = mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    munmap($a + 4096, 4096) = 0
    status { MapCount: 2 }
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    maps {
        7ffff7ffc000-7ffff7fff000 rw-p 00000000
    }
    status { MapCount: 1  VmSize: 12 kB  Committed_AS: 12 kB }
}
