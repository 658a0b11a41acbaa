# Mandatory locking (locks_verify_locked, include/linux/fs.h:2149-2169,
# fs/locks.c:1256-1281, spec §2.2.7; do_mmap MAP_SHARED step,
# mm/mmap.c:1405-1406): on a `mand` mount, a setgid file without group-exec
# is mandatory; a POSIX lock held by ANOTHER process makes MAP_SHARED fail
# EAGAIN. MAP_PRIVATE is not checked, and the lock holder's own MAP_SHARED
# succeeds. After the holder closes its fd the lock is gone.
kernel "4.12"
mount /mnt/m ext4 mand
file /mnt/m/db size=8K mode=02644
process owner {
    open("/mnt/m/db", O_RDWR) = 3
    fcntl(3, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = 0
}
process other {
    open("/mnt/m/db", O_RDWR) = 3
    mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0) = -1 EAGAIN
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7ffe000
}
process owner {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = 0x7ffff7ffe000
    close(3) = 0
}
process other {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 4096) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7ffe000 rw-s 00001000 /mnt/m/db
        7ffff7ffe000-7ffff7fff000 r--p 00000000 /mnt/m/db
    }
}
