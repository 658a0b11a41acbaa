# mlock2(MLOCK_ONFAULT) on PROT_NONE memory, 4.12: the range is locked
# (VmLck counts it), then populate_vma_page_range still hands it to
# get_user_pages, only without FOLL_POPULATE (mm/gup.c:1031-1033), and
# check_vma_flags refuses a VMA without access (:464-466): EFAULT, which
# mlock reports as ENOMEM (mm/mlock.c:706-708, :220-221). 6.18 faults nothing in for
# VM_LOCKONFAULT and succeeds (v6.18/mlock2-onfault-prot-none.mm).
kernel "4.12"

process app {
    $a = mmap(NULL, 8192, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mlock2($a, 4096, MLOCK_ONFAULT) = -1 ENOMEM (Cannot allocate memory)
    status { VmLck: 4 kB }
    maps {
        7ffff7ffd000-7ffff7ffe000 ---p 00000000
        7ffff7ffe000-7ffff7fff000 ---p 00000000
    }
}
