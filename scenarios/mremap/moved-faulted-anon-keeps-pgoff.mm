# copy_vma (mm/mmap.c:3055-3130, spec §8.3 move_vma step 2): only a
# never-faulted anonymous VMA gets pgoff = new_addr >> 12. A populated one
# (MAP_POPULATE write faults -> anon_vma) keeps its old pgoff, so at the
# destination it is not linear with the compatible neighbour: no merge
# (contrast moved-untouched-anon-merges-at-destination.mm).
kernel "4.12"
process app {
    mmap(0x10001000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10001000
    $a = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = 0x7ffff7ffe000
    mremap($a, 4096, 4096, MREMAP_MAYMOVE|MREMAP_FIXED, 0x10000000) = 0x10000000
    maps {
        10000000-10001000 rw-p 00000000
        10001000-10002000 rw-p 00000000
    }
    status { MapCount: 2 }
}
