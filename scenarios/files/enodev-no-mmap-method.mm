# do_mmap (mm/mmap.c:1422-1423, spec §2.1 step 12.3): a file whose f_op has no
# mmap method -- a directory, a fifo, /dev/null, any device without one --
# fails with ENODEV, for MAP_SHARED (read-only) and MAP_PRIVATE alike.
kernel "4.12"

dir /srv/d
fifo /run/pipe
device /dev/null null
device /dev/tty9 nommap

process app {
    open("/srv/d", O_RDONLY|O_DIRECTORY) = 3
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = -1 ENODEV
    mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0) = -1 ENODEV
    open("/run/pipe", O_RDWR) = 4
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 4, 0) = -1 ENODEV
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 4, 0) = -1 ENODEV
    open("/dev/null", O_RDWR) = 5
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 5, 0) = -1 ENODEV
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 5, 0) = -1 ENODEV
    open("/dev/tty9", O_RDWR) = 6
    mmap(NULL, 4096, PROT_READ, MAP_SHARED, 6, 0) = -1 ENODEV
    maps { }
}
