# A `smaps { }` block states what /proc/PID/smaps shows for each VMA: a
# locked mapping's pages are all resident and count as Locked; a private
# copy of a tmpfs page is anonymous while the pages read from the file are
# not; a page two mappings share counts half in each one's Pss.
mount /shm tmpfs
file /shm/f size=16K mode=0666
process app {
    $l = mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = 0x7ffff7ffd000
    openat(AT_FDCWD, "/shm/f", O_RDWR) = 3
    $p = mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE, 3, 0) = 0x7ffff7ff9000
    $s = mmap(NULL, 16384, PROT_READ, MAP_SHARED, 3, 0) = 0x7ffff7ff5000
    read $s 16384
    write $p
    read $p+4096
    smaps {
        7ffff7ff5000-7ffff7ff9000 r--s 00000000 00:20 12 /shm/f
        Rss:                  16 kB
        Pss:                  10 kB
        Anonymous:             0 kB
        VmFlags: rd sh mr mw me ms
        7ffff7ff9000-7ffff7ffd000 rw-p 00000000 00:20 12 /shm/f
        Rss:                  16 kB
        Pss:                  10 kB
        Anonymous:             4 kB
        7ffff7ffd000-7ffff7fff000 rw-p 00000000 00:00 0
        Rss:                   8 kB
        Locked:                8 kB
        VmFlags: rd wr mr mw me lo ac
    }
}
