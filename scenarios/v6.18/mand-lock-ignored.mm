# Mandatory locking is gone (5.15; delta §3 step 14.3.5): a `mand` mount is
# still accepted but ignored, so the 4.12 EAGAIN (files/mandatory-lock-eagain.mm)
# disappears: with a setgid, group-non-exec file and another process holding
# a POSIX write lock, MAP_SHARED succeeds, read-only and writable.
# Verified on host 6.18 with a `mand` tmpfs in a private mount namespace (the
# host kernel accepted the option; a second process held the lock).
kernel "6.18"
mount /mnt/m ext4 mand
file /mnt/m/db size=8K mode=02644
process owner {
    open("/mnt/m/db", O_RDWR) = 3
    fcntl(3, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = 0
}
process other {
    open("/mnt/m/db", O_RDWR) = 3
    mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 4096) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7ffe000 rw-s 00001000 /mnt/m/db
        7ffff7ffe000-7ffff7fff000 r--s 00000000 /mnt/m/db
    }
}
