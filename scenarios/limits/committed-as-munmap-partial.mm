# remove_vma_list (mm/mmap.c:2465-2481, spec §4.4 lifecycle, §6.1 step 8):
# pages of VM_ACCOUNT VMAs are unaccounted as they are unmapped, so a partial
# munmap of a private writable mapping returns exactly those pages, while
# VM_NORESERVE mappings never held a charge.
kernel "4.12"

process app {
    mmap(NULL, 32K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ff7000
    mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff7ff5000
    status { Committed_AS: 32 kB  VmData: 40 kB }
    munmap(0x7ffff7ff9000, 8K) = 0
    status { Committed_AS: 24 kB  VmData: 32 kB  MapCount: 3 }
    munmap(0x7ffff7ff5000, 4K) = 0
    status { Committed_AS: 24 kB  VmData: 28 kB }
    maps {
        7ffff7ff6000-7ffff7ff7000 rw-p
        7ffff7ff7000-7ffff7ff9000 rw-p
        7ffff7ffb000-7ffff7fff000 rw-p
    }
}
