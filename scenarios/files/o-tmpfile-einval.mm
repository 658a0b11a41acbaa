# build_open_flags refuses a bad O_TMPFILE before the path is read (4.12
# fs/open.c:924-928): __O_TMPFILE is valid only as O_TMPFILE, that is with
# O_DIRECTORY and without O_CREAT (O_TMPFILE_MASK, line 925), and only with
# write access in the access mode (ACC_MODE, line 927; O_TRUNC adds MAY_WRITE
# later, line 941). The __O_TMPFILE test comes before O_PATH's (line 929), so
# O_PATH does not save a read-only O_TMPFILE. Only then does getname refuse
# an empty path (fs/open.c:1049, fs/namei.c:195). (6.18 also refuses
# O_CREAT|O_DIRECTORY and lets O_PATH win: v6.18/o-tmpfile-einval.mm.)
kernel "4.12"
dir /w mode=01777
process user uid=1000 {
    open("/w", O_TMPFILE|O_RDONLY, 0600) = -1 EINVAL
    open("/w", O_TMPFILE|O_RDONLY|O_TRUNC, 0600) = -1 EINVAL
    open("/w/missing", O_TMPFILE|O_RDONLY, 0600) = -1 EINVAL
    open("", O_TMPFILE|O_RDONLY, 0600) = -1 EINVAL
    open("", O_TMPFILE|O_RDWR, 0600) = -1 ENOENT
    open("/w", 020000000|O_RDWR, 0600) = -1 EINVAL
    open("/w", O_TMPFILE|O_CREAT|O_RDWR, 0600) = -1 EINVAL
    open("/w", O_TMPFILE|O_PATH|O_RDONLY, 0600) = -1 EINVAL
    open("/w", O_TMPFILE|O_WRONLY, 0600) = 3
    maps { }
}
