# A status block stating an RSS line the model does not know fails.
file /data/f size=64K
process app {
    openat(AT_FDCWD, "/data/f", O_RDONLY) = 3
    $f = mmap(NULL, 65536, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7fef000
    read $f = ok
    status { VmSize: 64 kB VmRSS: 4 kB }
    status { VmSize: 64 kB }
}
