# MAP_DROPPABLE (type 8, 6.11; delta §2, §3 step 15, §6.3): anonymous only;
# adds VM_DROPPABLE|VM_NORESERVE|VM_WIPEONFORK|VM_DONTDUMP (smaps "dp nr wf dd",
# no "ac"), so it never merges with plain private anonymous memory, but two
# droppable neighbours merge (pgoff addr>>12 as for private anonymous).
# Prints as a private mapping.
# Verified on host 6.18.
kernel "6.18"
process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_DROPPABLE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_DROPPABLE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    maps {
        7ffff7ffb000-7ffff7ffc000 rw-p 00000000
        7ffff7ffc000-7ffff7ffe000 rw-p 00000000
        7ffff7ffe000-7ffff7fff000 rw-p 00000000
    }
    status { MapCount: 3 }
}
