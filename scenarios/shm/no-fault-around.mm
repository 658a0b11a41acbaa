# A read fault on a SysV attach maps that page only: shm_vm_ops has no
# map_pages, so there is no fault-around (4.12 mm/memory.c:3304-3357), as
# there is on a tmpfs file, whose read maps every cached page of the 16
# around it. The pages stay in the segment's page cache, which mincore
# reads where an attach has not mapped them; smaps' Rss counts only what
# the attach's page tables map.
kernel "4.12"
mount /shm tmpfs
file /shm/f size=32K mode=0666
process app {
    $s = shmget(IPC_PRIVATE, 32768, IPC_CREAT|0600) = 0
    $p = shmat($s, NULL, 0) = 0x7ffff7ff7000
    write $p = ok
    write $p + 8192 = ok
    write $p + 16384 = ok
    $q = shmat($s, NULL, SHM_RDONLY) = 0x7ffff7fef000
    read $q + 8192 = ok
    mincore($q, 32768, [1, 0, 1, 0, 1, 0, 0, 0]) = 0
    smaps
    # The same on a tmpfs file: the read maps the three cached pages.
    openat(AT_FDCWD, "/shm/f", O_RDWR) = 3
    $f = mmap(NULL, 32768, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = 0x7ffff7fe7000
    write $f = ok
    write $f + 8192 = ok
    write $f + 16384 = ok
    $g = mmap(NULL, 32768, PROT_READ, MAP_SHARED, 3, 0) = 0x7ffff7fdf000
    read $g + 8192 = ok
    smaps
    shmdt($p) = 0
    shmdt($q) = 0
    # Not removed: the segment and its pages stay.
    $r = shmat($s, NULL, SHM_RDONLY) = 0x7ffff7ff7000
    mincore($r, 32768, [1, 0, 1, 0, 1, 0, 0, 0]) = 0
}
