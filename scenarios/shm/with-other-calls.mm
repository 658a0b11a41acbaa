# An attach is an ordinary shared file mapping to the other calls: mremap
# moves it (shmdt then finds it at its new place), MAP_FIXED over the last
# attach of a removed segment destroys the segment (shm_close), and
# MADV_REMOVE punches a hole in the segment's pages, which every attach
# sees (mincore).
kernel "4.12"
process app {
    $s = shmget(IPC_PRIVATE, 16384, IPC_CREAT|0600) = 0
    $p = shmat($s, NULL, 0) = 0x7ffff7ffb000
    $m = mremap($p, 16384, 16384, MREMAP_MAYMOVE|MREMAP_FIXED, 0x10000000) = 0x10000000
    shmdt($p) = -1 EINVAL (Invalid argument)
    $q = shmat($s, NULL, SHM_RDONLY) = 0x7ffff7ffb000
    write $m = ok
    write $m + 4096 = ok
    write $m + 12288 = ok
    mincore($q, 16384, [1, 1, 0, 1]) = 0
    madvise($m + 4096, 4096, MADV_REMOVE) = 0
    mincore($q, 16384, [1, 0, 0, 1]) = 0
    shmdt($m) = 0
    maps {
        7ffff7ffb000-7ffff7fff000 r--s 00000000 00:05 0 /SYSV00000000 (deleted)
    }
    shmctl($s, IPC_RMID, NULL) = 0
    mmap($q, 16384, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x7ffff7ffb000
    shmat($s, NULL, 0) = -1 EINVAL (Invalid argument)
    # A grown attach reaches past the segment's end: SIGBUS there.
    $t = shmget(IPC_PRIVATE, 8192, IPC_CREAT|0600) = 32768
    $r = shmat($t, NULL, 0) = 0x7ffff7ff9000
    $g = mremap($r, 8192, 16384, MREMAP_MAYMOVE) = 0x7ffff7ff5000
    read $g + 4096 = ok
    read $g + 8192 = SIGBUS BUS_ADRERR
}
