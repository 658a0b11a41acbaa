# 4.12 reports the page cache of any file mapped. From 5.0 (can_do_mincore,
# 6.x mm/mincore.c) only for a file the caller owns, may write, or has
# CAP_FOWNER for: for others every page reads as resident (see
# v6.18/mincore-file-not-writable.mm).
mount /shm tmpfs
file /shm/ro size=16K mode=0444 owner=0
process app uid=1000 {
    openat(AT_FDCWD, "/shm/ro", O_RDONLY) = 3
    $f = mmap(NULL, 16384, PROT_READ, MAP_SHARED, 3, 0) = 0x7ffff7ffb000
    read $f+4096 = ok
    mincore($f, 16384, [0, 1, 0, 0]) = 0
}
