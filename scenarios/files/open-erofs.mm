# Opening for write on a read-only mount (fs/namei.c may_open ->
# inode_permission -> sb_permission, notes §3 steps 6.c, 6.g, 6.h): write
# access -> EROFS, checked before the mode bits (so EROFS, not EACCES, for an
# unprivileged process); O_TRUNC -> EROFS; O_CREAT of a new name -> EROFS, but
# O_CREAT of an existing name opens it. Read-only opens and mappings work.
kernel "4.12"

mount /mnt/ro ext4 ro
file /mnt/ro/f size=8K mode=0644

process admin {
    open("/mnt/ro/f", O_RDWR) = -1 EROFS
    open("/mnt/ro/f", O_WRONLY) = -1 EROFS
    open("/mnt/ro/f", O_RDONLY|O_TRUNC) = -1 EROFS
    open("/mnt/ro/new", O_RDWR|O_CREAT, 0644) = -1 EROFS
    open("/mnt/ro/f", O_RDONLY|O_CREAT, 0644) = 3
    mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE, 3, 0) = 0x7ffff7ffd000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = -1 EACCES
    maps {
        7ffff7ffd000-7ffff7ffe000 rw-p 00000000 /mnt/ro/f
        7ffff7ffe000-7ffff7fff000 r--s 00000000 /mnt/ro/f
    }
}

process user uid=1000 {
    open("/mnt/ro/f", O_RDWR) = -1 EROFS
}
