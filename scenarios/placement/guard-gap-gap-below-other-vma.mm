# 4.12's gap search (mm/mmap.c:1767-1967, the list form of spec §3.5)
# counts the 1 MiB stack guard gap (vm_start_gap, include/linux/mm.h:2226)
# only in the gap directly below the VM_GROWSDOWN VMA. A gap below another
# VMA that lies inside the guard region is still usable. 6.18 differs
# (v6.18/guard-gap-restarts-search.mm).
kernel "4.12"
process app {
    $g = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_GROWSDOWN, -1, 0) = 0x7ffff7ffd000
    mmap(0x7ffff7ff0000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x7ffff7ff0000
    # The gap directly below $g ends at its vm_start_gap, 0x7ffff7efd000,
    # below where it starts: unusable. The next gap down ends at 0x7ffff7ff0000.
    mmap(NULL, 12288, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fed000
    maps {
        7ffff7fed000-7ffff7ff0000 r--p
        7ffff7ff0000-7ffff7ff1000 rw-p
        7ffff7ffd000-7ffff7fff000 r--p
    }
}
