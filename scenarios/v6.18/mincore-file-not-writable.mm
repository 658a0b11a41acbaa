# 6.18: do_mincore reveals page cache residency only for a file the caller
# owns, may open for writing, or has CAP_FOWNER for (can_do_mincore,
# mm/mincore.c, 5.0+); for any other file every page reads as resident.
# 4.12 reports the page cache (mincore/file-not-writable.mm).
kernel "6.18"
mount /shm tmpfs
file /shm/ro size=16K mode=0444 owner=0
process app uid=1000 {
    openat(AT_FDCWD, "/shm/ro", O_RDONLY) = 3
    $f = mmap(NULL, 16384, PROT_READ, MAP_SHARED, 3, 0) = 0x7ffff7ffb000
    read $f+4096
    mincore($f, 16384, [1, 1, 1, 1]) = 0
}
process owner {
    openat(AT_FDCWD, "/shm/ro", O_RDONLY) = 3
    $g = mmap(NULL, 16384, PROT_READ, MAP_SHARED, 3, 0) = 0x7ffff7ffb000
    mincore($g, 16384, [0, 1, 0, 0]) = 0
}
