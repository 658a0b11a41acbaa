# O_PATH beats every other open flag (6.18 fs/open.c build_open_how keeps
# only O_DIRECTORY, O_NOFOLLOW and O_CLOEXEC beside it), so O_CREAT creates
# nothing (ENOENT, and no EINVAL for O_CREAT|O_DIRECTORY either), O_TRUNC
# truncates nothing and O_RDWR asks for no permission on a file uid 1000
# cannot read. O_TMPFILE is dropped as well, leaving its O_DIRECTORY: an
# O_PATH descriptor of the directory itself (ENOTDIR on a file), even with
# O_RDONLY and on a read-only mount. The descriptor only names the file:
# mmap and locks refuse it (EBADF). The file kept its 8 KiB: both pages
# lock. Verified on host 6.18.
kernel "6.18"
file /w/f size=8K mode=0600
mount /mnt/ro tmpfs ro
process user uid=1000 {
    open("/w/nx", O_PATH|O_CREAT, 0644) = -1 ENOENT
    open("/w/nx", O_PATH|O_CREAT|O_DIRECTORY, 0644) = -1 ENOENT
    open("/w/f", O_PATH|O_RDWR|O_TRUNC) = 3
    open("/w/f", O_PATH|O_TMPFILE|O_RDWR, 0600) = -1 ENOTDIR
    open("/w", O_PATH|O_TMPFILE|O_RDONLY, 0600) = 4
    open("/mnt/ro", O_PATH|O_TMPFILE|O_RDWR, 0600) = 5
    mmap(0x100000000000, 4096, PROT_READ, MAP_PRIVATE|MAP_FIXED, 3, 0) = -1 EBADF
    fcntl(3, F_SETLK, {l_type=F_RDLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = -1 EBADF
    open("/w/nx", O_RDONLY) = -1 ENOENT
    open("/w/f", O_RDONLY) = -1 EACCES
}
process admin {
    open("/w/f", O_RDONLY) = 3
    mmap(0x100000000000, 8192, PROT_READ, MAP_PRIVATE|MAP_FIXED, 3, 0) = 0x100000000000
    mlock(0x100000000000, 8192) = 0
    status { VmLck: 8 kB }
}
