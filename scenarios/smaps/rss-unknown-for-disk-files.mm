# After a read fault on a disk file's mapping the model does not know what
# fault-around mapped from the page cache (it depends on readahead): the
# status RSS lines are left out, and stating one fails, saying so.
kernel "4.12"
file /data/f size=64K
process app {
    openat(AT_FDCWD, "/data/f", O_RDONLY) = 3
    $f = mmap(NULL, 65536, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7fef000
    status { VmRSS: 0 kB }
    read $f = ok
    status { VmSize: 64 kB }
    munmap($f, 65536) = 0
    status { VmRSS: 0 kB }
}
