# The inode is "mandatory" only if the mount has `mand` AND
# (mode & (S_ISGID|S_IXGRP)) == S_ISGID (spec §2.2.7). Mode 02654 has group
# exec, and a file without setgid is never mandatory: another process's lock
# does not block MAP_SHARED.
kernel "4.12"
mount /mnt/m ext4 mand
file /mnt/m/gx size=4K mode=02654
file /mnt/m/plain size=4K mode=0644
process owner {
    open("/mnt/m/gx", O_RDWR) = 3
    fcntl(3, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = 0
    open("/mnt/m/plain", O_RDWR) = 4
    fcntl(4, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = 0
}
process other {
    open("/mnt/m/gx", O_RDWR) = 3
    mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0) = 0x7ffff7ffe000
    open("/mnt/m/plain", O_RDWR) = 4
    mmap(NULL, 4096, PROT_READ, MAP_SHARED, 4, 0) = 0x7ffff7ffd000
}
