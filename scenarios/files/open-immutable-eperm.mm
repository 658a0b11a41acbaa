# inode_permission (fs/namei.c, notes §3 step 6.h): MAY_WRITE on an immutable
# inode (chattr +i) -> EPERM, even for root, and before the mode-bit check
# (so EPERM, not EACCES, for an unprivileged process). O_TRUNC implies
# MAY_WRITE. Read-only opens and read-only shared mappings work.
kernel "4.12"

file /data/frozen size=8K mode=0644 immutable

process admin {
    open("/data/frozen", O_RDWR) = -1 EPERM
    open("/data/frozen", O_WRONLY) = -1 EPERM
    open("/data/frozen", O_RDONLY|O_TRUNC) = -1 EPERM
    open("/data/frozen", O_WRONLY|O_APPEND) = -1 EPERM
    open("/data/frozen", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0) = 0x7ffff7ffe000
    maps {
        7ffff7ffe000-7ffff7fff000 r--s 00000000 /data/frozen
    }
}

process user uid=1000 {
    open("/data/frozen", O_RDWR) = -1 EPERM
    open("/data/frozen", O_RDONLY) = 3
}
