# In-place growth (spec §8.3 non-fixed step 3): old range reaches the VMA's
# end and vma_expandable holds (no VMA in [end, end+delta), the new range
# passes get_unmapped_area(MAP_FIXED)). The VMA's end moves up -- here above
# mmap_base, which only limits searches. Growth is charged (vma_to_resize
# step 9).
kernel "4.12"
process app {
    $a = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mremap($a, 4096, 12288, 0) = 0x7ffff7ffe000
    maps {
        7ffff7ffe000-7ffff8001000 rw-p 00000000
    }
    status { VmSize: 12 kB  VmData: 12 kB  Committed_AS: 12 kB }
}
