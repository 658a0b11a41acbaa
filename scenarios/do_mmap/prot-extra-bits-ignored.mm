# spec §1.2 "prot is not validated by mmap" and calc_vm_prot_bits
# (include/linux/mman.h:72-79, §2.2.2): only PROT_READ/WRITE/EXEC become VM
# bits; PROT_SEM, PROT_GROWSDOWN and other bits are ignored, so 0x10 behaves
# like PROT_NONE and PROT_READ|PROT_SEM like PROT_READ (they merge).
kernel "4.12"

process app {
    mmap(NULL, 4096, 0x10, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mmap(NULL, 4096, PROT_READ|PROT_SEM, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mmap(NULL, 4096, PROT_READ|PROT_GROWSDOWN, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    maps {
        7ffff7ffb000-7ffff7ffd000 r--p
        7ffff7ffd000-7ffff7fff000 ---p
    }
    status { VmStk: 0 kB }
}
