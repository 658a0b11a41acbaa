# Where an O_TMPFILE open with valid flags fails (6.18 fs/namei.c do_tmpfile,
# vfs_tmpfile), in this order: the path must be an existing directory
# (ENOTDIR for a file, also with a trailing slash; ENOENT for a missing one
# or a missing parent), on a writable mount (EROFS from mnt_want_write, before
# any permission check: uid 1000 could not write the read-only mount's root
# either), writable and searchable by the caller (EACCES). Root passes the
# permission check but not the read-only mount. Verified on host 6.18.
kernel "6.18"
file /w/f size=8K mode=0644
dir /w/rootonly mode=0755
mount /mnt/ro tmpfs ro
process user uid=1000 {
    open("/w/f", O_TMPFILE|O_RDWR, 0600) = -1 ENOTDIR
    open("/w/f/", O_TMPFILE|O_RDWR, 0600) = -1 ENOTDIR
    open("/w/nx", O_TMPFILE|O_RDWR, 0600) = -1 ENOENT
    open("/w/nx/y", O_TMPFILE|O_RDWR, 0600) = -1 ENOENT
    open("/mnt/ro", O_TMPFILE|O_RDWR, 0600) = -1 EROFS
    open("/w/rootonly", O_TMPFILE|O_RDWR, 0600) = -1 EACCES
}
process admin {
    open("/w/rootonly", O_TMPFILE|O_RDWR, 0600) = 3
    open("/mnt/ro", O_TMPFILE|O_RDWR, 0600) = -1 EROFS
}
