# Where a shmem (tmpfs) file's page is not mapped, mincore looks it up in
# the file's page cache (4.12 mm/mincore.c:86-103 __mincore_unmapped_range,
# :50-84 mincore_page): a page a fault allocated stays resident after
# munmap, for every mapping of the file, until truncation or a hole punched
# takes it out.
mount /shm tmpfs
file /shm/f size=64K mode=0666
process app {
    openat(AT_FDCWD, "/shm/f", O_RDWR) = 3
    $f = mmap(NULL, 65536, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = 0x7ffff7fef000
    mincore($f, 32768, [0, 0, 0, 0, 0, 0, 0, 0]) = 0
    read $f+8192 = ok
    write $f+16384 = ok
    mincore($f, 32768, [0, 0, 1, 0, 1, 0, 0, 0]) = 0
    munmap($f, 65536) = 0
    $g = mmap(NULL, 32768, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7ff7000
    mincore($g, 32768, [0, 0, 1, 0, 1, 0, 0, 0]) = 0
    # A page offset moves the vector with it.
    $h = mmap(NULL, 16384, PROT_READ, MAP_SHARED, 3, 8192) = 0x7ffff7ff3000
    mincore($h, 16384, [1, 0, 1, 0]) = 0
    # MADV_DONTNEED zaps page tables, not the page cache.
    madvise($h, 16384, MADV_DONTNEED) = 0
    mincore($h, 16384, [1, 0, 1, 0]) = 0
    ftruncate(3, 12288) = 0
    mincore($g, 12288, [0, 0, 1]) = 0
    ftruncate(3, 65536) = 0
    mincore($g, 32768, [0, 0, 1, 0, 0, 0, 0, 0]) = 0
}
