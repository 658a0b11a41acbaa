# O_TMPFILE names a directory and creates an unnamed regular file in it (6.18
# fs/namei.c do_tmpfile, vfs_tmpfile), on ext4, tmpfs and hugetlbfs alike
# (all three have a tmpfile operation). The descriptor has the open's access
# mode: O_RDWR maps shared and writable and takes a write lock; O_WRONLY and
# O_ACCMODE (3, neither read nor write) cannot be mapped (no FMODE_READ); an
# O_WRONLY descriptor cannot take a read lock. A hugetlbfs file needs free
# huge pages to be mapped (none here: ENOMEM). The mappings outlive their
# descriptors. (/proc/PID/maps would name them DIR/#INODE (deleted), after
# d_tmpfile; the inode number is the host's own there, so tests/tmpfile.rs
# checks that form instead of a maps block here.) Verified on host 6.18.
kernel "6.18"
dir /w mode=01777
mount /mnt/t tmpfs
dir /mnt/t mode=01777
mount /mnt/h hugetlbfs
dir /mnt/h mode=01777
process user uid=1000 {
    open("/w", O_TMPFILE|O_RDWR, 0600) = 3
    open("/w", O_TMPFILE|O_WRONLY, 0600) = 4
    open("/w", O_TMPFILE|O_ACCMODE, 0600) = 5
    open("/mnt/t", O_TMPFILE|O_RDWR, 0600) = 6
    open("/mnt/h", O_TMPFILE|O_RDWR, 0600) = 7
    mmap(0x100000000000, 8192, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED, 3, 0) = 0x100000000000
    mmap(0x100000010000, 4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED, 6, 0) = 0x100000010000
    mmap(0x100000020000, 4096, PROT_READ, MAP_PRIVATE|MAP_FIXED, 4, 0) = -1 EACCES
    mmap(0x100000020000, 4096, PROT_READ, MAP_PRIVATE|MAP_FIXED, 5, 0) = -1 EACCES
    mmap(0x100000200000, 2M, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED, 7, 0) = -1 ENOMEM
    fcntl(3, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = 0
    fcntl(4, F_SETLK, {l_type=F_RDLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = -1 EBADF
    close(3) = 0
    close(6) = 0
    mprotect(0x100000000000, 8192, PROT_READ) = 0
    mprotect(0x100000010000, 4096, PROT_READ) = 0
    munmap(0x100000000000, 8192) = 0
    munmap(0x100000010000, 4096) = 0
    maps { }
}
