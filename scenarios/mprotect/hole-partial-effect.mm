# mprotect applies VMA by VMA (spec §7.2 steps 6-7, mm/mprotect.c:415-492):
# after the first VMA is changed, the walk finds a hole (next vm_start !=
# nstart) and returns ENOMEM; the first VMA keeps its new protection
# (partial effect). The first VMA is split at the range start.
kernel "4.12"
process app {
    mmap(0x10000000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000000
    mmap(0x10003000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10003000
    mprotect(0x10001000, 0x3000, PROT_READ) = -1 ENOMEM
    maps {
        10000000-10001000 rw-p 00000000
        10001000-10002000 r--p 00000000
        10003000-10004000 rw-p 00000000
    }
}
