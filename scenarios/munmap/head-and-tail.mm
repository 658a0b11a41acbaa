# Partial munmap of a VMA's head (only the "last VMA" split of spec §6.1 step
# 6, __split_vma new_below=1) and of its tail (step 5 split, original keeps
# the lower part). The survivor stays one VMA each time; VmSize shrinks.
# (do_munmap, mm/mmap.c:2620-2733; __split_vma, mm/mmap.c:2539-2613.)
kernel "4.12"
process app {
    $a = mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    munmap($a, 4096) = 0
    munmap($a + 12288, 4096) = 0
    maps {
        7ffff7ffc000-7ffff7ffe000 rw-p 00000000
    }
    status { MapCount: 1  VmSize: 8 kB  VmData: 8 kB  Committed_AS: 8 kB }
}
