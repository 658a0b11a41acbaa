# sys_mmap_pgoff (mm/mmap.c:1515, spec §1.2 steps 4 and "never validated"):
# MAP_DENYWRITE and MAP_EXECUTABLE are cleared; MAP_STACK, MAP_FILE,
# MAP_UNINITIALIZED, MAP_HUGE_* without MAP_HUGETLB, and unknown bits such as
# 0x80, 0x400 and 0x100000 (MAP_FIXED_NOREPLACE, only from 4.17) are ignored.
# All these mappings get identical vm_flags, so they merge into one VMA.
# MAP_STACK does not make a stack: VmStk stays 0.
kernel "4.12"

process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff7ffd000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_DENYWRITE|MAP_EXECUTABLE, -1, 0) = 0x7ffff7ffc000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FILE|MAP_UNINITIALIZED|MAP_HUGE_2MB, -1, 0) = 0x7ffff7ffb000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|0x80|0x400, -1, 0) = 0x7ffff7ffa000
    # MAP_FIXED_NOREPLACE is unknown to 4.12: the address is a mere hint.
    # 0x7ffff7ffe000 is taken, so the search places it (no EEXIST)
    mmap(0x7ffff7ffe000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = 0x7ffff7ff9000
    maps {
        7ffff7ff9000-7ffff7fff000 rw-p
    }
    status { VmStk: 0 kB  VmData: 24 kB  MapCount: 1 }
}
