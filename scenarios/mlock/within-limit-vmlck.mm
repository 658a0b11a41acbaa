# do_mlock (mm/mlock.c:661-706, notes §2): uid 1000 with the default 64K
# RLIMIT_MEMLOCK may lock 16 pages. locked_vm shows as VmLck. Locking the
# same range again: locked = 16 + 16 > 16, but count_mm_mlocked_page_nr
# (mm/mlock.c:629-659) subtracts the 16 already-locked pages -> allowed.
kernel "4.12"
process app uid=1000 {
    $a = mmap(NULL, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fef000
    mlock($a, 65536) = 0
    status { VmLck: 64 kB }
    mlock($a, 65536) = 0
    status { VmLck: 64 kB  MapCount: 1 }
}
