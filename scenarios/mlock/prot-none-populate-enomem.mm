# do_mlock step 7 (mm/mlock.c:702-704, notes §2): after the VMA is marked
# VM_LOCKED and charged, __mm_populate faults the range; a PROT_NONE VMA has
# no READ/WRITE/EXEC so FOLL_FORCE is not used and gup fails EFAULT, which
# mlock reports as ENOMEM. The range stays locked (partial effect): VmLck 8 kB.
kernel "4.12"
process app {
    $a = mmap(NULL, 8192, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mlock($a, 8192) = -1 ENOMEM
    status { VmLck: 8 kB  MapCount: 1 }
    munlock($a, 8192) = 0
    status { VmLck: 0 kB }
}
