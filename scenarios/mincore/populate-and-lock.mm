# MAP_POPULATE and mlock fault every page in; a mapping locked on fault
# (MLOCK_ONFAULT) faults nothing until it is touched; MAP_POPULATE of
# PROT_NONE memory faults nothing (populate_vma_page_range, mm/gup.c).
process app {
    $a = mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = 0x7ffff7ffb000
    mincore($a, 16384, [1, 1, 1, 1]) = 0
    $b = mmap(NULL, 16384, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ff7000
    mlock($b+4096, 8192) = 0
    mincore($b, 16384, [0, 1, 1, 0]) = 0
    $c = mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ff3000
    mlock2($c, 16384, MLOCK_ONFAULT) = 0
    mincore($c, 16384, [0, 0, 0, 0]) = 0
    write $c+4096 = ok
    mincore($c, 16384, [0, 1, 0, 0]) = 0
    $d = mmap(NULL, 8192, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = 0x7ffff7ff1000
    mincore($d, 8192, [0, 0]) = 0
}
