# mlockall(MCL_CURRENT) runs mlock_fixup on every VMA (mm/mlock.c:752-785):
# all pages count in VmLck. munlockall (mm/mlock.c:818-826) unlocks them all.
kernel "4.12"
process app {
    mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mmap(0x10000000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000000
    mlockall(MCL_CURRENT) = 0
    status { VmLck: 12 kB  MapCount: 2 }
    munlockall() = 0
    status { VmLck: 0 kB }
}
