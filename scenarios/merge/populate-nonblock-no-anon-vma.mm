# Populate runs only when (flags & (MAP_POPULATE|MAP_NONBLOCK)) == MAP_POPULATE
# (spec §1.4). With MAP_NONBLOCK no write fault happens, the VMA keeps a NULL
# anon_vma, and the mprotect merge that anon-vma-blocks-mprotect-merge.mm
# refuses now succeeds (NULL vs NULL, mm/mmap.c:996-1008; case 8).
kernel "4.12"
process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    $b = mmap(NULL, 4096, PROT_READ|PROT_WRITE|PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE|MAP_NONBLOCK, -1, 0) = 0x7ffff7ffd000
    mprotect($b, 4096, PROT_READ|PROT_WRITE) = 0
    maps {
        7ffff7ffd000-7ffff7fff000 rw-p 00000000
    }
}
