# close (fs/open.c -> fs/file.c __close_fd, notes §3 "close"): an fd that is
# not open, or out of range (the argument is unsigned int, so -1 is huge) ->
# EBADF. Closing twice fails the second time. 0, 1, 2 start open.
kernel "4.12"

file /data/f

process app {
    close(3) = -1 EBADF
    close(99) = -1 EBADF
    close(-1) = -1 EBADF
    close(1048576) = -1 EBADF
    open("/data/f", O_RDONLY) = 3
    close(3) = 0
    close(3) = -1 EBADF
    close(2) = 0
    close(2) = -1 EBADF
}
