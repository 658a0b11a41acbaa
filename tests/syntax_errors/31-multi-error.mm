kernel "4.12"
mount /mnt/nx tmpfs noexec
file /data/ro.bin size=16K mode=0644

process app uid=1000 {
    openat(AT_FDCWD, "/data/ro.bin", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ|PROT_WRTE, MAP_SHARED, 3, 0) = -1 EACCES (Permission denied)
    $ro = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE, 3)
    mprotect($ro, 4096, PROT_READ|PROT_WRITE) = 0
    mlock($rw, 4096) = 0
    status { VmLck: 64 kB  MapCount: 2 }
}
