# notes §5.3 (correcting spec §4.1's /dev/zero row): mmap_zero
# (drivers/char/mem.c:682-690) tests VM_SHARED, which do_mmap cleared for a
# descriptor without FMODE_WRITE (mm/mmap.c:1408-1410). So a read-only
# MAP_SHARED of /dev/zero opened O_RDONLY gets no shmem object: the VMA keeps
# vm_file = /dev/zero, prints `r--s ... /dev/zero` without "(deleted)", and
# nothing is charged.
kernel "4.12"

device /dev/zero zero

process app {
    open("/dev/zero", O_RDONLY) = 3
    mmap(NULL, 8192, PROT_READ, MAP_SHARED, 3, 0x1000) = 0x7ffff7ffd000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = -1 EACCES
    maps {
        7ffff7ffd000-7ffff7fff000 r--s 00001000 /dev/zero
    }
    status { Committed_AS: 0 kB  VmSize: 8 kB }
}
