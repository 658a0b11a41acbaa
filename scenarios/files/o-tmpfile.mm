# O_TMPFILE in 4.12 (fs/namei.c:3440-3475 do_tmpfile, 3401-3437 vfs_tmpfile)
# creates an unnamed regular file in a directory. The path must be an
# existing directory (path_lookupat with LOOKUP_DIRECTORY: ENOTDIR at
# fs/namei.c:2314, ENOENT at 1796), on a writable mount (mnt_want_write at
# 3449: EROFS, before any permission check), that the caller may write and
# search (inode_permission at 3410: EACCES), on a filesystem with a tmpfile
# operation: ext4 and tmpfs have one (fs/ext4/namei.c:3854, mm/shmem.c:3872),
# 4.12's hugetlbfs has none (fs/hugetlbfs/inode.c:988-999): EOPNOTSUPP at
# fs/namei.c:3414. The descriptor has the open's access mode: O_RDWR maps
# shared and writable, O_WRONLY cannot be mapped (mm/mmap.c:1414). The
# mappings outlive the descriptor.
kernel "4.12"
dir /w mode=01777
file /w/f size=8K mode=0644
dir /w/rootonly mode=0755
mount /mnt/t tmpfs
dir /mnt/t mode=01777
mount /mnt/h hugetlbfs
dir /mnt/h mode=01777
mount /mnt/ro tmpfs ro
process user uid=1000 {
    open("/w/f", O_TMPFILE|O_RDWR, 0600) = -1 ENOTDIR
    open("/w/nx", O_TMPFILE|O_RDWR, 0600) = -1 ENOENT
    open("/w/nx/y", O_TMPFILE|O_RDWR, 0600) = -1 ENOENT
    open("/mnt/ro", O_TMPFILE|O_RDWR, 0600) = -1 EROFS
    open("/w/rootonly", O_TMPFILE|O_RDWR, 0600) = -1 EACCES
    open("/w", O_TMPFILE|O_RDWR, 0600) = 3
    open("/w", O_TMPFILE|O_WRONLY, 0600) = 4
    open("/mnt/t", O_TMPFILE|O_RDWR, 0600) = 5
    mmap(0x100000000000, 8192, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED, 3, 0) = 0x100000000000
    mmap(0x100000010000, 4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED, 5, 0) = 0x100000010000
    mmap(0x100000020000, 4096, PROT_READ, MAP_PRIVATE|MAP_FIXED, 4, 0) = -1 EACCES
    close(3) = 0
    close(5) = 0
    mprotect(0x100000000000, 8192, PROT_READ) = 0
    mprotect(0x100000010000, 4096, PROT_READ) = 0
    munmap(0x100000000000, 8192) = 0
    munmap(0x100000010000, 4096) = 0
    open("/mnt/h", O_TMPFILE|O_RDWR, 0600) = -1 EOPNOTSUPP
    maps { }
}
