# may_open -> inode_permission -> generic_permission / acl_permission_check
# (fs/namei.c, notes §3 step 6.h): for a process without capabilities, the
# owner uses only the owner bits, a group member only the group bits, anyone
# else only the other bits; a missing bit -> EACCES. O_TRUNC needs write.
kernel "4.12"

file /data/root600 mode=0600
file /data/root644 mode=0644
file /data/mine400 mode=0400 owner=1000:1000
file /data/mine066 mode=0066 owner=1000:1000
file /data/grp640 mode=0640 owner=0:100
file /data/grp604 mode=0604 owner=0:100

process user uid=1000 gid=1000 {
    open("/data/root600", O_RDONLY) = -1 EACCES
    open("/data/root644", O_RDONLY) = 3
    open("/data/root644", O_RDWR) = -1 EACCES
    open("/data/root644", O_WRONLY) = -1 EACCES
    open("/data/root644", O_RDONLY|O_TRUNC) = -1 EACCES
    open("/data/mine400", O_RDONLY) = 4
    open("/data/mine400", O_RDWR) = -1 EACCES
    # owner bits are 0: the generous group/other bits do not apply to the owner
    open("/data/mine066", O_RDONLY) = -1 EACCES
}

process member uid=2000 gid=100 {
    open("/data/grp640", O_RDONLY) = 3
    open("/data/grp640", O_WRONLY) = -1 EACCES
    # a group member is judged by the group bits (0), not the other bits (4)
    open("/data/grp604", O_RDONLY) = -1 EACCES
}

process other uid=2001 gid=2001 {
    open("/data/grp640", O_RDONLY) = -1 EACCES
    open("/data/grp604", O_RDONLY) = 3
}
