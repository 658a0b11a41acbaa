# The mmap flags 6.1 does not know yet: MAP_DROPPABLE (6.11) is mapping
# type 8, which do_mmap refuses for anonymous memory (EINVAL);
# MAP_ABOVE4G (6.6) is bit 0x80, an unknown bit that MAP_SHARED_VALIDATE
# refuses (EOPNOTSUPP) and a private mapping ignores. 6.12 takes both
# (v6.12/mmap-flags-since-6.6.mm).
# Verified on Debian's 6.1 (6.1.192) in a VM.
kernel "6.1"
file /data/f size=8K
process app {
    mmap(NULL, 4096, PROT_READ, MAP_DROPPABLE|MAP_ANONYMOUS, -1, 0) = -1 EINVAL (Invalid argument)
    openat(AT_FDCWD, "/data/f", O_RDWR) = 3
    mmap(NULL, 4096, PROT_READ, MAP_SHARED_VALIDATE|MAP_ABOVE4G, 3, 0) = -1 EOPNOTSUPP (Operation not supported)
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_ABOVE4G, -1, 0) = 0x7ffff7ffe000
    maps {
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
}
