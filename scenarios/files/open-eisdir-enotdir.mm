# do_last / may_open (fs/namei.c, notes §3 steps 5, 6.a, 6.f, 6.h): a
# directory opened with write access (O_WRONLY, O_RDWR) or O_CREAT -> EISDIR;
# a regular file used as an intermediate directory, or opened with O_DIRECTORY
# -> ENOTDIR. A directory opens read-only (and then cannot be mapped: ENODEV).
# Trailing slashes: open-creat-trailing-slash.mm.
kernel "4.12"

dir /srv/d
file /data/f size=4K

process app {
    open("/srv/d", O_RDWR) = -1 EISDIR
    open("/srv/d", O_WRONLY) = -1 EISDIR
    open("/srv/d", O_RDONLY|O_CREAT, 0644) = -1 EISDIR
    open("/data/f/x", O_RDONLY) = -1 ENOTDIR
    open("/data/f", O_RDONLY|O_DIRECTORY) = -1 ENOTDIR
    open("/srv/d", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = -1 ENODEV
}
