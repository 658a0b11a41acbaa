# shmat's address (4.12 ipc/shm.c:1115-1133, 1219-1226): an unaligned one
# is EINVAL unless SHM_RND rounds it down to SHMLBA (a page); an address
# means MAP_FIXED, but one that meets an existing mapping is EINVAL unless
# SHM_REMAP asks to replace it, and SHM_REMAP needs an address.
kernel "4.12"
process app {
    $s = shmget(IPC_PRIVATE, 8192, IPC_CREAT|0600) = 0
    $m = mmap(NULL, 65536, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fef000
    shmat($s, $m + 100, 0) = -1 EINVAL (Invalid argument)
    shmat($s, $m + 100, SHM_RND) = -1 EINVAL (Invalid argument)
    shmat($s, $m + 4096, 0) = -1 EINVAL (Invalid argument)
    shmat($s, NULL, SHM_REMAP) = -1 EINVAL (Invalid argument)
    $p = shmat($s, $m + 4196, SHM_RND|SHM_REMAP) = 0x7ffff7ff0000
    # The test is find_vma_intersection over the unrounded size.
    shmat($s, $m - 8192, 0) = 0x7ffff7fed000
    shmat($s, $m - 4096, 0) = -1 EINVAL (Invalid argument)
    # 4.12 rounds only an address of at least SHMLBA.
    shmat($s, 100, SHM_RND) = -1 EINVAL (Invalid argument)
    shmat(-1, NULL, 0) = -1 EINVAL (Invalid argument)
    shmat(5, NULL, 0) = -1 EINVAL (Invalid argument)
    maps {
        7ffff7fed000-7ffff7fef000 rw-s 00000000 00:05 0 /SYSV00000000 (deleted)
        7ffff7fef000-7ffff7ff0000 r--p 00000000 00:00 0
        7ffff7ff0000-7ffff7ff2000 rw-s 00000000 00:05 0 /SYSV00000000 (deleted)
        7ffff7ff2000-7ffff7fff000 r--p 00000000 00:00 0
    }
}
