# Without the `mand` mount option (MS_MANDLOCK) a setgid/no-group-exec file
# is not mandatory (spec §2.2.7): another process's write lock does not
# block MAP_SHARED.
kernel "4.12"
file /data/db size=4K mode=02644
process owner {
    open("/data/db", O_RDWR) = 3
    fcntl(3, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = 0
}
process other {
    open("/data/db", O_RDWR) = 3
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = 0x7ffff7ffe000
}
