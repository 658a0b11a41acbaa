# open refuses a bad flag combination before it reads the path (6.18
# fs/open.c build_open_how, then build_open_flags): O_CREAT with O_DIRECTORY
# is EINVAL since 6.4, and O_TMPFILE includes O_DIRECTORY, so O_TMPFILE|O_CREAT
# is refused by that test; __O_TMPFILE alone (020000000) lacks O_DIRECTORY;
# O_TMPFILE needs write access in the access mode itself (O_TRUNC does not
# count). Only then does getname refuse an empty path (ENOENT). The refused
# O_CREAT created nothing. Verified on host 6.18.
kernel "6.18"
dir /w mode=01777
process user uid=1000 {
    open("/w", O_TMPFILE|O_RDONLY, 0600) = -1 EINVAL
    open("/w", O_TMPFILE|O_RDONLY|O_TRUNC, 0600) = -1 EINVAL
    open("/w/missing", O_TMPFILE|O_RDONLY, 0600) = -1 EINVAL
    open("", O_TMPFILE|O_RDONLY, 0600) = -1 EINVAL
    open("", O_TMPFILE|O_RDWR, 0600) = -1 ENOENT
    open("/w", 020000000|O_RDWR, 0600) = -1 EINVAL
    open("/w", O_TMPFILE|O_CREAT|O_RDWR, 0600) = -1 EINVAL
    open("/w/new", O_CREAT|O_DIRECTORY|O_RDWR, 0644) = -1 EINVAL
    open("/w", O_CREAT|O_DIRECTORY|O_RDONLY, 0644) = -1 EINVAL
    open("/w/new", O_CREAT|O_EXCL|O_RDWR, 0644) = 3
    open("/w", O_TMPFILE|O_WRONLY, 0600) = 4
    maps { }
}
