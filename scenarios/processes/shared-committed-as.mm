# Committed_AS (vm_committed_as, /proc/meminfo) is machine-wide: charges made
# by one process (mmap_region accounting, mm/mmap.c:1637-1642) are visible in
# another's status, and released by that process's munmap
# (remove_vma_list, mm/mmap.c:2465-2481).
kernel "4.12"
process a {
    mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    status { Committed_AS: 16 kB }
}
process b {
    mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    status { Committed_AS: 24 kB  VmData: 8 kB }
}
process a {
    munmap(0x7ffff7ffb000, 16384) = 0
}
process b {
    status { Committed_AS: 8 kB }
}
