# A descriptor at or above RLIMIT_NOFILE cannot be handed out: open fails
# with EMFILE after the flag checks and getname, and before the walk
# (do_sys_open, fs/open.c:1043-1053; __alloc_fd, fs/file.c:519).
kernel "4.12"

file /data/f size=4K

process app uid=1000 {
    rlimit RLIMIT_NOFILE 4
    open("/data/f", O_RDONLY) = 3
    open("/data/f", O_RDONLY) = -1 EMFILE (Too many open files)
    open("/missing", O_RDONLY) = -1 EMFILE (Too many open files)
    open("", O_RDONLY) = -1 ENOENT (No such file or directory)
    open("/data/f", O_RDONLY|O_TMPFILE) = -1 EINVAL (Invalid argument)
    close(0) = 0
    open("/data/f", O_RDONLY) = 0
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 0, 0) = 0x7ffff7ffe000
}
