# do_munmap step 7 (mm/mmap.c:2620-2733, spec §6.1): for each VM_LOCKED VMA
# inside the range, locked_vm drops by its pages (VmLck in status).
kernel "4.12"
process app {
    $a = mmap(NULL, 16384, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = 0x7ffff7ffb000
    status { VmLck: 16 kB }
    munmap($a + 4096, 4096) = 0
    status { VmLck: 12 kB  MapCount: 2 }
}
