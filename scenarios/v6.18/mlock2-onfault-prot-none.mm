# mlock2(MLOCK_ONFAULT) on PROT_NONE memory, 6.18: the range is locked and
# populate_vma_page_range returns at once for VM_LOCKONFAULT (it "has never
# used faultin_page()", mm/gup.c): nothing is faulted in, nothing fails.
# 4.12 answers ENOMEM (mlock/mlock2-onfault-prot-none-enomem.mm).
kernel "6.18"

process app {
    $a = mmap(NULL, 8192, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mlock2($a, 4096, MLOCK_ONFAULT) = 0
    status { VmLck: 4 kB }
    maps {
        7ffff7ffd000-7ffff7ffe000 ---p 00000000
        7ffff7ffe000-7ffff7fff000 ---p 00000000
    }
}
