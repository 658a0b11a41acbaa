# munlock (mm/mlock.c:726-738) = apply_vma_lock_flags(start, len, 0): the
# range is split off and mlock_fixup subtracts its pages from locked_vm.
# munlock across a hole is ENOMEM, like mlock.
kernel "4.12"
process app {
    $a = mmap(NULL, 16384, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = 0x7ffff7ffb000
    status { VmLck: 16 kB }
    munlock($a + 8192, 8192) = 0
    maps {
        7ffff7ffb000-7ffff7ffd000 r--p 00000000
        7ffff7ffd000-7ffff7fff000 r--p 00000000
    }
    status { VmLck: 8 kB  MapCount: 2 }
    munlock($a - 4096, 8192) = -1 ENOMEM
    status { VmLck: 8 kB }
}
