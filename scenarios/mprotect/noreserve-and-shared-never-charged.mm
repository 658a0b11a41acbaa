# mprotect_fixup (spec §7.3 step 2.2): no charge when the old flags have
# VM_NORESERVE (MAP_NORESERVE, overcommit mode 0) or VM_SHARED (a MAP_SHARED
# mapping of an O_RDWR file).
kernel "4.12"
file /data/rw.bin size=4K
process app {
    $n = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff7ffe000
    mprotect($n, 4096, PROT_READ|PROT_WRITE) = 0
    openat(AT_FDCWD, "/data/rw.bin", O_RDWR) = 3
    $s = mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0) = 0x7ffff7ffd000
    mprotect($s, 4096, PROT_READ|PROT_WRITE) = 0
    maps {
        7ffff7ffd000-7ffff7ffe000 rw-s 00000000 /data/rw.bin
        7ffff7ffe000-7ffff7fff000 rw-p 00000000
    }
    status { Committed_AS: 0 kB }
}
