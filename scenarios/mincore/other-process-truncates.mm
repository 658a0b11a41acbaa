# Truncation reaches the page tables of every process that maps the file,
# private copies included (truncate_pagecache → unmap_mapping_range with
# even_cows); each process's own anonymous memory stays.
mount /shm tmpfs
file /shm/f size=16K mode=0666
process a {
    openat(AT_FDCWD, "/shm/f", O_RDWR) = 3
    $p = mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE, 3, 0) = 0x7ffff7ffb000
    write $p
    write $p+8192
    $q = mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ff9000
    write $q
}
process b {
    openat(AT_FDCWD, "/shm/f", O_RDWR) = 3
    ftruncate(3, 4096) = 0
}
process a {
    mincore($p, 16384, [1, 0, 0, 0]) = 0
    mincore($q, 8192, [1, 0]) = 0
}
