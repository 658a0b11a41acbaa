# Control for vm-account-blocks-merge.mm: two never-writable PROT_READ
# anonymous mappings have identical flags (no VM_ACCOUNT) and merge at mmap
# time (case 3, mm/mmap.c:1098-1189). A later RW mapping below (VM_ACCOUNT)
# does not join them.
kernel "4.12"
process app {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    $c = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mprotect($c, 4096, PROT_READ) = 0
    maps {
        7ffff7ffc000-7ffff7ffd000 r--p 00000000
        7ffff7ffd000-7ffff7fff000 r--p 00000000
    }
}
