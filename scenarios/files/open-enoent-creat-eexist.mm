# open/openat (fs/namei.c path_openat/do_last, notes §3 steps 5-6): a missing
# final component without O_CREAT -> ENOENT; a missing intermediate directory
# -> ENOENT even with O_CREAT; O_CREAT creates (in an existing directory) and
# the created file is opened with the requested access; O_CREAT|O_EXCL on an
# existing name -> EEXIST. An empty path is ENOENT.
kernel "4.12"

file /data/exists size=4K
dir /data/sub

process app {
    open("/data/missing", O_RDONLY) = -1 ENOENT
    openat(AT_FDCWD, "/nodir/x", O_RDONLY|O_CREAT, 0644) = -1 ENOENT
    open("", O_RDONLY) = -1 ENOENT
    open("/data/sub/new", O_RDWR|O_CREAT, 0644) = 3
    open("/data/sub/new", O_RDONLY) = 4
    open("/data/sub/new", O_RDWR|O_CREAT|O_EXCL, 0644) = -1 EEXIST
    open("/data/exists", O_WRONLY|O_CREAT|O_EXCL, 0600) = -1 EEXIST
    # O_CREAT without O_EXCL just opens an existing file
    open("/data/exists", O_RDONLY|O_CREAT, 0600) = 5
    # the created file is empty, but a shared writable mapping still works
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = 0x7ffff7ffe000
    maps {
        7ffff7ffe000-7ffff7fff000 rw-s 00000000 /data/sub/new
    }
}
