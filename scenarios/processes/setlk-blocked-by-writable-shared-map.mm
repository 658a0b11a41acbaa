# fcntl_setlk (fs/locks.c, notes §3 step 3): on a mandatory inode that is
# mapped writably shared (mapping_writably_mapped), F_SETLK fails EAGAIN
# before argument checks -- even for the process that owns the mapping.
# A read-only MAP_SHARED through an O_RDONLY fd does not count.
kernel "4.12"
mount /mnt/m ext4 mand
file /mnt/m/db size=8K mode=02644
file /mnt/m/ro size=8K mode=02644
process mapper {
    open("/mnt/m/db", O_RDWR) = 3
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = 0x7ffff7ffe000
    open("/mnt/m/ro", O_RDONLY) = 4
    mmap(NULL, 4096, PROT_READ, MAP_SHARED, 4, 0) = 0x7ffff7ffd000
}
process locker {
    open("/mnt/m/db", O_RDWR) = 3
    fcntl(3, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = -1 EAGAIN
    open("/mnt/m/ro", O_RDWR) = 4
    fcntl(4, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = 0
}
