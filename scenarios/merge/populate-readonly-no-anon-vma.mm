# Populating a private READ-ONLY mapping uses read faults, which map the zero
# page and create no anon_vma (spec §1.4, §5.4). So after mprotect to RW
# (charged, VM_ACCOUNT added) it merges with the untouched RW neighbour
# (NULL vs NULL; case 8, mm/mmap.c:1098-1189).
kernel "4.12"
process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    $b = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = 0x7ffff7ffd000
    mprotect($b, 4096, PROT_READ|PROT_WRITE) = 0
    maps {
        7ffff7ffd000-7ffff7fff000 rw-p 00000000
    }
    status { Committed_AS: 8 kB }
}
