# build_open_flags / do_dentry_open (fs/open.c, notes §3 steps 2 and 6.i):
# access mode 3 (O_WRONLY|O_RDWR) asks for read AND write permission at open
# (EACCES for a 0644 file of another user), yet the resulting descriptor has
# neither FMODE_READ nor FMODE_WRITE, so no mmap is possible: MAP_PRIVATE and
# MAP_SHARED fail the FMODE_READ test (mm/mmap.c:1414-1415, EACCES).
kernel "4.12"

file /data/f size=8K mode=0644
file /data/mine size=8K mode=0600 owner=1000:1000

process user uid=1000 {
    open("/data/f", O_WRONLY|O_RDWR) = -1 EACCES
    open("/data/mine", O_WRONLY|O_RDWR) = 3
    mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE, 3, 0) = -1 EACCES
    mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0) = -1 EACCES
    maps { }
}
