# Anonymous shared memory is charged once for the whole shmem object
# (shmem_zero_setup -> shmem_acct_size, mm/shmem.c:4220-4247, 144-148) and
# returned only when the last VMA referencing the object goes (spec §4.4,
# quirk §11.10). The shmem offset column shows the real pgoff of the
# surviving piece.
kernel "4.12"
process app {
    $s = mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    status { Committed_AS: 16 kB }
    munmap($s, 8192) = 0
    maps {
        7ffff7ffd000-7ffff7fff000 rw-s 00002000 /dev/zero (deleted)
    }
    status { Committed_AS: 16 kB  VmSize: 8 kB }
    munmap($s + 8192, 8192) = 0
    status { Committed_AS: 0 kB  MapCount: 0 }
}
