# MAP_FIXED's implicit do_munmap (mm/mmap.c:1628-1632) releases locked pages
# like munmap does (do_munmap step 7, spec §6.1): replacing the middle page of
# a MAP_LOCKED mapping with an unlocked one lowers VmLck by 4 kB.
kernel "4.12"
process app {
    $a = mmap(NULL, 12288, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = 0x7ffff7ffc000
    mmap($a + 4096, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x7ffff7ffd000
    status { VmLck: 8 kB  MapCount: 3 }
}
