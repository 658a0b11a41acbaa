# MADV_GUARD_INSTALL (6.13+) zaps the pages it marks; mincore looks a guard
# marker up like an empty entry (mm/mincore.c mincore_pte_range: "We need
# to do cache lookup too for markers"): anonymous memory reads 0, a shmem
# file's page the cache holds reads 1.
kernel "6.18"
mount /shm tmpfs
file /shm/f size=16K mode=0666
process app {
    $a = mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    write $a 16384 = ok
    madvise($a+4096, 4096, MADV_GUARD_INSTALL) = 0
    mincore($a, 16384, [1, 0, 1, 1]) = 0
    madvise($a+4096, 4096, MADV_GUARD_REMOVE) = 0
    mincore($a, 16384, [1, 0, 1, 1]) = 0
    openat(AT_FDCWD, "/shm/f", O_RDWR) = 3
    $f = mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = 0x7ffff7ff7000
    write $f 16384 = ok
    madvise($f+8192, 4096, MADV_GUARD_INSTALL) = 0
    mincore($f, 16384, [1, 1, 1, 1]) = 0
}
