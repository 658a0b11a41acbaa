# /dev/zero (mmap_zero, drivers/char/mem.c:682-690, spec §4.1 table, §4.5,
# §9.2, notes §5.3): MAP_SHARED from an O_RDWR descriptor gets a fresh shmem
# object via shmem_zero_setup -- printed `/dev/zero (deleted)`, keeping the
# user's offset, charged once for its size. MAP_PRIVATE keeps vm_file =
# /dev/zero (name without "(deleted)", user's offset) and is charged as a
# private writable mapping.
kernel "4.12"

device /dev/zero zero

process app {
    open("/dev/zero", O_RDWR) = 3
    mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0x2000) = 0x7ffff7ffd000
    status { Committed_AS: 8 kB }
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE, 3, 0x3000) = 0x7ffff7ffc000
    maps {
        7ffff7ffc000-7ffff7ffd000 rw-p 00003000 /dev/zero
        7ffff7ffd000-7ffff7fff000 rw-s 00002000 /dev/zero (deleted)
    }
    status { Committed_AS: 12 kB  VmData: 4 kB  VmSize: 12 kB }
}
