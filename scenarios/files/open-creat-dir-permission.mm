# O_CREAT (fs/namei.c lookup_open / may_o_create, notes §3 steps 6.c-6.e):
# creating needs write+search permission on the directory (EACCES), but that
# error is only returned when the name does not exist: O_CREAT|O_EXCL on an
# existing name in an unwritable directory is EEXIST, plain O_CREAT opens it.
# A newly created file is opened without any permission check on itself, so
# O_CREAT|O_RDWR with mode 0 gives a read-write descriptor.
kernel "4.12"

dir /pub mode=0755
file /pub/existing size=4K mode=0644
dir /home/u mode=0755 owner=1000:1000

process user uid=1000 gid=1000 {
    open("/pub/new", O_RDWR|O_CREAT, 0644) = -1 EACCES
    open("/pub/existing", O_RDONLY|O_CREAT|O_EXCL, 0644) = -1 EEXIST
    open("/pub/existing", O_RDONLY|O_CREAT, 0644) = 3
    open("/home/u/new", O_RDWR|O_CREAT, 0) = 4
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 4, 0) = 0x7ffff7ffe000
    # reopening the mode-0 file now fails for its (capability-less) owner
    open("/home/u/new", O_RDONLY) = -1 EACCES
    maps {
        7ffff7ffe000-7ffff7fff000 rw-s 00000000 /home/u/new
    }
}
