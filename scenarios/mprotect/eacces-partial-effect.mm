# Partial effect (spec §7.2): the walk changes the lower anonymous VMA, then
# reaches the shared read-only file VMA and fails EACCES on it; the first
# change stays.
kernel "4.12"
file /data/ro.bin size=4K
process app {
    openat(AT_FDCWD, "/data/ro.bin", O_RDONLY) = 3
    mmap(0x10001000, 4096, PROT_READ, MAP_SHARED, 3, 0) = 0x10001000
    mmap(0x10000000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000000
    mprotect(0x10000000, 8192, PROT_READ|PROT_WRITE) = -1 EACCES
    maps {
        10000000-10001000 rw-p 00000000
        10001000-10002000 r--s 00000000 /data/ro.bin
    }
    status { Committed_AS: 4 kB }
}
