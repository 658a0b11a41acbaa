# MAP_FIXED replaces whatever lies in the range: mmap_region clears the old
# mappings with do_munmap (mm/mmap.c:1628-1632, spec §4.1 step 2), splitting
# the old VMA. The replaced writable page returns its commit charge
# (remove_vma_list, mm/mmap.c:2465-2481); the new PROT_READ page is not charged.
kernel "4.12"
process app {
    $a = mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    status { Committed_AS: 12 kB }
    mmap($a + 4096, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x7ffff7ffd000
    maps {
        7ffff7ffc000-7ffff7ffd000 rw-p 00000000
        7ffff7ffd000-7ffff7ffe000 r--p 00000000
        7ffff7ffe000-7ffff7fff000 rw-p 00000000
    }
    status { MapCount: 3  VmSize: 12 kB  Committed_AS: 8 kB }
}
