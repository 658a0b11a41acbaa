# vm_start_gap (include/linux/mm.h:2226-2245): a VM_GROWSDOWN VMA's gap ends
# stack_guard_gap = 1 MiB below its start (mm/mmap.c:2392), so the top-down
# search (unmapped_area_topdown, mm/mmap.c:1767-1967, spec §3.5) puts the next
# mapping 1 MiB below the stack: 0x7ffff7ffe000 - 0x100000 - 0x1000.
kernel "4.12"
process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_GROWSDOWN, -1, 0) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7efd000
    maps {
        7ffff7efd000-7ffff7efe000 r--p 00000000
        7ffff7ffe000-7ffff7fff000 rw-p 00000000
    }
    status { VmStk: 4 kB  VmData: 0 kB }
}
