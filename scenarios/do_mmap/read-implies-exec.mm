# do_mmap (mm/mmap.c:1340-1342, spec §2.1 step 2): with the READ_IMPLIES_EXEC
# personality, PROT_READ requests get PROT_EXEC added. Requests without
# PROT_READ are unchanged. personality() returns the old value
# (kernel/exec_domain.c:49-57, notes §4); 0xffffffff only queries.
# r-x anonymous memory counts as exec_vm, which status shows as VmLib.
kernel "4.12"

process app {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    personality(READ_IMPLIES_EXEC) = 0
    personality(0xffffffff) = 0x400000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mmap(NULL, 4096, PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffa000
    maps {
        7ffff7ffa000-7ffff7ffb000 rwxs 00000000 /dev/zero (deleted)
        7ffff7ffb000-7ffff7ffc000 ---p
        7ffff7ffc000-7ffff7ffd000 -w-p
        7ffff7ffd000-7ffff7ffe000 r-xp
        7ffff7ffe000-7ffff7fff000 r--p
    }
    status { VmLib: 4 kB  VmData: 4 kB  VmSize: 20 kB }
}
