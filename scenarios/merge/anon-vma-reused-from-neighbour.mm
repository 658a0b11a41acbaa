# find_mergeable_anon_vma (mm/mmap.c:1204-1284, spec §5.4): when the RWX
# mapping is populated its anon_vma is REUSED from the adjacent populated RW
# VMA above (same file (none), flags equal except R/W/X, linear pgoff,
# singular chain). Both now share anon_vma X, so the later mprotect to RW
# merges (X == X), unlike anon-vma-blocks-mprotect-merge.mm.
kernel "4.12"
process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = 0x7ffff7ffe000
    $b = mmap(NULL, 4096, PROT_READ|PROT_WRITE|PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = 0x7ffff7ffd000
    mprotect($b, 4096, PROT_READ|PROT_WRITE) = 0
    maps {
        7ffff7ffd000-7ffff7fff000 rw-p 00000000
    }
    status { MapCount: 1 }
}
