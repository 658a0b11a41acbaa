# openat with a directory descriptor: a relative path starts there, so it
# must be open (EBADF) and, for a non-empty path, a directory (ENOTDIR);
# O_PATH descriptors serve (path_init, fs/namei.c:2205-2217: fdget_raw,
# then d_can_lookup). An absolute path ignores the descriptor.
kernel "4.12"

dir /srv mode=0755
file /srv/data size=4K

process app {
    openat(AT_FDCWD, "/srv", O_RDONLY|O_DIRECTORY) = 3
    openat(3, "data", O_RDONLY) = 4
    openat(4, "x", O_RDONLY) = -1 ENOTDIR (Not a directory)
    openat(0, "x", O_RDONLY) = -1 ENOTDIR (Not a directory)
    openat(9, "x", O_RDONLY) = -1 EBADF (Bad file descriptor)
    openat(9, "/srv/data", O_RDONLY) = 5
    openat(AT_FDCWD, "/srv/data", O_PATH) = 6
    openat(6, "x", O_RDONLY) = -1 ENOTDIR (Not a directory)
    openat(AT_FDCWD, "/srv", O_PATH) = 7
    openat(7, "data", O_RDONLY) = 8
}
