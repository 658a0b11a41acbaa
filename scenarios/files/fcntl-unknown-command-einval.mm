# do_fcntl (fs/fcntl.c:246-344) answers a command it does not know with
# EINVAL (its default case, err = -EINVAL at :249), after fdget_raw has
# found the descriptor (EBADF first, :364). The call is written as strace
# prints it.
kernel "4.12"

file /data/f size=4K

process app {
    open("/data/f", O_RDONLY) = 3
    fcntl(3, 0x63 /* F_??? */, 0) = -1 EINVAL (Invalid argument)
    fcntl(9, 0x63 /* F_??? */, 0) = -1 EBADF (Bad file descriptor)
}
