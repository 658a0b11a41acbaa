# A hole punched in a tmpfs file (MADV_REMOVE, shmem_fallocate) takes the
# file's pages out of every mapping but leaves the private copies a write
# made (unmap_mapping_range without even_cows); truncation takes those too
# (truncate_pagecache). A private mapping's read-only page is the file's.
mount /shm tmpfs
file /shm/f size=16K mode=0666
process app {
    openat(AT_FDCWD, "/shm/f", O_RDWR) = 3
    $s = mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = 0x7ffff7ffb000
    $p = mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE, 3, 0) = 0x7ffff7ff7000
    write $s = ok
    write $p+4096 = ok
    read $p+8192 = ok
    mincore($p, 16384, [1, 1, 1, 0]) = 0
    mincore($s, 16384, [1, 1, 1, 0]) = 0
    madvise($s, 12288, MADV_REMOVE) = 0
    mincore($s, 16384, [0, 0, 0, 0]) = 0
    mincore($p, 16384, [0, 1, 0, 0]) = 0
    ftruncate(3, 0) = 0
    mincore($p, 16384, [0, 0, 0, 0]) = 0
}
