# locks_verify_locked / mandatory_lock (include/linux/fs.h:2149-2169,
# fs/locks.c:1256-1281, spec §2.2.7): the EAGAIN of do_mmap (mm/mmap.c:1405-1406)
# needs BOTH a `mand` mount and (mode & (S_ISGID|S_IXGRP)) == S_ISGID.
# With group-exec set (02654), with no setgid (0644), or on a mount without
# `mand`, another process's lock does not stop a shared mapping.
kernel "4.12"

mount /mnt/m ext4 mand
file /mnt/m/gx size=8K mode=02654
file /mnt/m/plain size=8K mode=0644
file /data/sgid size=8K mode=02644

process locker {
    open("/mnt/m/gx", O_RDWR) = 3
    open("/mnt/m/plain", O_RDWR) = 4
    open("/data/sgid", O_RDWR) = 5
    fcntl(3, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = 0
    fcntl(4, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = 0
    fcntl(5, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = 0
}

process mapper {
    open("/mnt/m/gx", O_RDWR) = 3
    open("/mnt/m/plain", O_RDWR) = 4
    open("/data/sgid", O_RDWR) = 5
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 4, 0) = 0x7ffff7ffd000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 5, 0) = 0x7ffff7ffc000
    maps {
        7ffff7ffc000-7ffff7ffd000 rw-s 00000000 /data/sgid
        7ffff7ffd000-7ffff7ffe000 rw-s 00000000 /mnt/m/plain
        7ffff7ffe000-7ffff7fff000 rw-s 00000000 /mnt/m/gx
    }
}
