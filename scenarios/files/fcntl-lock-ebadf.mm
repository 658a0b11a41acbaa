# fcntl F_SETLK (fs/fcntl.c, fs/locks.c check_fmode_for_setlk, notes §3): a
# write lock needs FMODE_WRITE, a read lock FMODE_READ (else EBADF); lock
# commands on an O_PATH or closed fd -> EBADF. Conflicting locks of another
# process -> EAGAIN; F_UNLCK is always allowed.
kernel "4.12"

file /data/f size=4K mode=0666

process a {
    open("/data/f", O_RDONLY) = 3
    fcntl(3, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = -1 EBADF
    fcntl(3, F_SETLK, {l_type=F_RDLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = 0
    open("/data/f", O_PATH) = 4
    fcntl(4, F_SETLK, {l_type=F_RDLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = -1 EBADF
    fcntl(9, F_SETLK, {l_type=F_RDLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = -1 EBADF
}

process b {
    open("/data/f", O_WRONLY) = 3
    fcntl(3, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = -1 EAGAIN
    fcntl(3, F_SETLK, {l_type=F_UNLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = 0
}
