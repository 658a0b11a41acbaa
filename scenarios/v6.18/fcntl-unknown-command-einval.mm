# 6.18's do_fcntl (fs/fcntl.c) answers a command it does not know with
# EINVAL, after fdget_raw has found the descriptor (EBADF first); checked
# on this 6.18 host with strace. The call is written as strace prints it.
kernel "6.18"

file /data/f size=4K

process app {
    open("/data/f", O_RDONLY) = 3
    fcntl(3, 0x63 /* F_??? */, 0) = -1 EINVAL (Invalid argument)
    fcntl(9, 0x63 /* F_??? */, 0) = -1 EBADF (Bad file descriptor)
}
