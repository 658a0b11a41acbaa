# O_PATH in 4.12 (fs/open.c:929-935) keeps only O_DIRECTORY and O_NOFOLLOW
# (O_CLOEXEC goes to the descriptor) and asks for no access: O_CREAT creates
# nothing (ENOENT from the lookup, fs/namei.c:1796), O_TRUNC truncates
# nothing, and O_RDWR needs no permission on a file uid 1000 cannot read
# (do_o_path, fs/namei.c:3477-3487: path_lookupat, then vfs_open, which for
# O_PATH stops at fs/open.c:709-713). But __O_TMPFILE is tested first
# (fs/open.c:924): with write access, O_PATH|O_TMPFILE still creates an
# unnamed file (EROFS on a read-only mount) and do_dentry_open makes its
# descriptor an O_PATH one. mmap (fget, fs/file.c:717) and fcntl locks
# (fs/fcntl.c:368) refuse O_PATH descriptors. The file kept its 8 KiB: both
# pages lock. (6.18 drops O_TMPFILE for O_PATH: v6.18/o-path-strips-flags.mm.)
kernel "4.12"
file /w/f size=8K mode=0600
dir /w/d mode=01777
mount /mnt/ro tmpfs ro
process user uid=1000 {
    open("/w/nx", O_PATH|O_CREAT, 0644) = -1 ENOENT
    open("/w/f", O_PATH|O_RDWR|O_TRUNC) = 3
    open("/w/f", O_PATH|O_DIRECTORY) = -1 ENOTDIR
    open("/w/f/", O_PATH) = -1 ENOTDIR
    open("/w/d", O_PATH|O_TMPFILE|O_RDWR, 0600) = 4
    open("/w/f", O_PATH|O_TMPFILE|O_RDWR, 0600) = -1 ENOTDIR
    mmap(0x100000000000, 4096, PROT_READ, MAP_PRIVATE|MAP_FIXED, 3, 0) = -1 EBADF
    mmap(0x100000000000, 4096, PROT_READ, MAP_PRIVATE|MAP_FIXED, 4, 0) = -1 EBADF
    fcntl(3, F_SETLK, {l_type=F_RDLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = -1 EBADF
    fcntl(4, F_SETLK, {l_type=F_RDLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = -1 EBADF
    open("/w/nx", O_RDONLY) = -1 ENOENT
    open("/w/f", O_RDONLY) = -1 EACCES
    open("/mnt/ro", O_PATH|O_TMPFILE|O_RDWR, 0600) = -1 EROFS
}
process admin {
    open("/w/f", O_RDONLY) = 3
    mmap(0x100000000000, 8192, PROT_READ, MAP_PRIVATE|MAP_FIXED, 3, 0) = 0x100000000000
    mlock(0x100000000000, 8192) = 0
    status { VmLck: 8 kB }
}
