# remove_vma_list (mm/mmap.c:2465-2481, spec §4.4 lifecycle): the VM_ACCOUNT
# pages of unmapped VMAs are unaccounted page by page; read-only mappings were
# never charged.
kernel "4.12"
process app {
    $a = mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ff9000
    status { Committed_AS: 16 kB  VmSize: 24 kB }
    munmap($a + 4096, 8192) = 0
    status { Committed_AS: 8 kB }
    munmap(0x7ffff7ff9000, 0x6000) = 0
    status { Committed_AS: 0 kB  VmSize: 0 kB  MapCount: 0 }
    maps { }
}
