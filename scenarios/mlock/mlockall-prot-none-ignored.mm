# mlockall(MCL_CURRENT) ignores both mlock_fixup and populate errors
# (apply_mlockall_flags, mm/mlock.c:752-785; mm_populate errors ignored,
# notes §2 steps 4-5): a PROT_NONE VMA is locked and the call returns 0,
# unlike mlock() on it (prot-none-populate-enomem.mm).
kernel "4.12"
process app {
    mmap(NULL, 8192, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mlockall(MCL_CURRENT) = 0
    status { VmLck: 8 kB }
}
