# do_mmap (mm/mmap.c:1457-1465, spec §2.1 step 14) and accountable_mapping
# (mmap_region :1637-1642, §4.1 step 3): with overcommit mode 0 or 1,
# MAP_NORESERVE adds VM_NORESERVE, so a private writable mapping is not
# charged and, for an anonymous shared mapping, shmem_acct_size skips the
# charge (§4.5 step 1). VM_NORESERVE also keeps it from merging with a charged
# (VM_ACCOUNT) neighbour.
kernel "4.12"

process app {
    mmap(NULL, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    mmap(NULL, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff7ff7000
    mmap(NULL, 16K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff7ff3000
    maps {
        7ffff7ff3000-7ffff7ff7000 rw-s 00000000 /dev/zero (deleted)
        7ffff7ff7000-7ffff7ffb000 rw-p
        7ffff7ffb000-7ffff7fff000 rw-p
    }
    status { Committed_AS: 16 kB  VmData: 32 kB  MapCount: 3 }
}
