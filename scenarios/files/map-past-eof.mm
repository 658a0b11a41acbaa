# do_mmap never looks at the file size (spec §2.1 "does not check"): a
# mapping may extend beyond EOF, or start far past it, and an empty file maps.
# (Only later kernels add file_mmap_ok.)
kernel "4.12"

file /data/small size=100
file /data/empty

process app {
    open("/data/small", O_RDONLY) = 3
    mmap(NULL, 16K, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7ffb000
    mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0x40000000) = 0x7ffff7ffa000
    open("/data/empty", O_RDONLY) = 4
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff7ff9000
    maps {
        7ffff7ff9000-7ffff7ffa000 r--p 00000000 /data/empty
        7ffff7ffa000-7ffff7ffb000 r--s 40000000 /data/small
        7ffff7ffb000-7ffff7fff000 r--p 00000000 /data/small
    }
}
