# An expectation that does not hold: the call fails with EACCES.
file /data/ro.bin size=16K
process app uid=1000 {
    openat(AT_FDCWD, "/data/ro.bin", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = 0x7ffff7ffe000
}
