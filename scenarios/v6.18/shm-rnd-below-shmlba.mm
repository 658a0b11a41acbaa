# 6.x do_shmat (4.17+, "ipc/shm: revert the nil-page protection"): SHM_RND
# rounds any unaligned address down, below SHMLBA to 0, and refuses only
# that 0 with SHM_REMAP. Without SHM_REMAP, 0 is a MAP_FIXED address like
# any other: mmap_min_addr refuses it without CAP_SYS_RAWIO. 4.12 refuses the unrounded
# address instead (scenarios/shm/shmat-address.mm).
kernel "6.18"
process root {
    $s = shmget(IPC_PRIVATE, 8192, IPC_CREAT|0666) = 0
    shmat($s, 100, SHM_RND|SHM_REMAP) = -1 EINVAL (Invalid argument)
    shmat($s, 100, SHM_RND) = 0
    shmat($s, 100, 0) = -1 EINVAL (Invalid argument)
    $p = shmat($s, 0x10000064, SHM_RND) = 0x10000000
}
process user uid=1000 {
    shmat(0, 100, SHM_RND) = -1 EPERM (Operation not permitted)
    shmat(0, 0x20000064, SHM_RND) = 0x20000000
    maps {
        20000000-20002000 rw-s 00000000 00:05 0 /SYSV00000000 (deleted)
    }
}
