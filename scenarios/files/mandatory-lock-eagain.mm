# do_mmap MAP_SHARED (mm/mmap.c:1405-1406, spec §2.1 step 12.3, §2.2.7):
# locks_verify_locked fails with EAGAIN when the inode is mandatory-locked --
# `mand` mount and setgid without group-exec (02644) -- and another process
# holds a POSIX lock on it. The lock holder itself is not blocked; MAP_PRIVATE
# is never checked; closing any fd of the inode drops the holder's locks
# (notes §3 "Lock lifetime").
kernel "4.12"

mount /mnt/m ext4 mand
file /mnt/m/db size=16K mode=02644

process locker {
    open("/mnt/m/db", O_RDWR) = 3
    fcntl(3, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = 0
}

process mapper {
    open("/mnt/m/db", O_RDWR) = 3
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = -1 EAGAIN
    mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0) = -1 EAGAIN
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE, 3, 0) = 0x7ffff7ffe000
}

process locker {
    mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0) = 0x7ffff7ffe000
    close(3) = 0
}

process mapper {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7ffe000 rw-s 00000000 /mnt/m/db
        7ffff7ffe000-7ffff7fff000 rw-p 00000000 /mnt/m/db
    }
}
