# get_unused_fd_flags (fs/file.c, notes §3 step 4): open returns the lowest
# free descriptor. 0, 1 and 2 start open, so the first open is 3; a closed
# slot is reused first, including 0.
kernel "4.12"

file /data/a
file /data/b
file /data/c

process app {
    open("/data/a", O_RDONLY) = 3
    openat(AT_FDCWD, "/data/b", O_RDONLY) = 4
    open("/data/c", O_RDONLY) = 5
    close(4) = 0
    open("/data/c", O_RDONLY) = 4
    close(0) = 0
    openat(AT_FDCWD, "/data/a", O_RDONLY) = 0
    open("/data/b", O_RDONLY) = 6
    # a failed open does not use up a slot
    open("/data/missing", O_RDONLY) = -1 ENOENT
    open("/data/b", O_RDONLY) = 7
}
