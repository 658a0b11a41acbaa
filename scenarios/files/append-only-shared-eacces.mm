# do_mmap (mm/mmap.c:1399-1400, spec §2.1 step 12.2): an append-only inode
# (chattr +a) opened with FMODE_WRITE cannot be mapped MAP_SHARED at all --
# not even PROT_READ. MAP_PRIVATE from the same descriptor, and MAP_SHARED
# from an O_RDONLY descriptor, are fine. (Opening it for writing needs
# O_APPEND, notes §3 step 6.h.)
kernel "4.12"

file /data/log size=16K append

process app {
    open("/data/log", O_RDWR|O_APPEND) = 3
    mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0) = -1 EACCES
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = -1 EACCES
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE, 3, 0) = 0x7ffff7ffe000
    open("/data/log", O_RDONLY) = 4
    mmap(NULL, 4096, PROT_READ, MAP_SHARED, 4, 0x1000) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7ffe000 r--s 00001000 /data/log
        7ffff7ffe000-7ffff7fff000 rw-p 00000000 /data/log
    }
}
