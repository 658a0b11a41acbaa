# Trailing slashes (fs/namei.c do_last, notes §3 steps 6.a and 6.f): O_CREAT
# on a name that ends in '/' and does not exist -> EISDIR (the create side of
# do_last refuses trailing slashes); nothing is created, so a later plain open
# of that name is ENOENT. On an existing regular file a trailing slash acts
# like O_DIRECTORY -> ENOTDIR.
kernel "4.12"

dir /srv
file /data/f size=4K

process app {
    open("/srv/newdir/", O_RDWR|O_CREAT, 0644) = -1 EISDIR
    open("/srv/newdir", O_RDONLY) = -1 ENOENT
    open("/data/f/", O_RDONLY) = -1 ENOTDIR
    open("/data/f", O_RDONLY) = 3
}
