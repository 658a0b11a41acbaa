# A SysV segment is an unlinked shmem object named SYSV<key> whose maps
# inode column is the shmid (4.12 ipc/shm.c:613). shmat maps it whole,
# MAP_SHARED, read-write or with SHM_RDONLY read-only; each attach is a
# file of its own and never merges with its neighbour (shm_vm_ops has a
# close method). shmdt unmaps the attach that starts at its address.
kernel "4.12"
process app {
    $a = shmget(IPC_PRIVATE, 5000, IPC_CREAT|0600) = 0
    $b = shmget(0x1234, 8192, IPC_CREAT|0640) = 32769
    $p = shmat($a, NULL, 0) = 0x7ffff7ffd000
    $q = shmat($b, NULL, SHM_RDONLY) = 0x7ffff7ffb000
    $r = shmat($b, NULL, SHM_EXEC) = 0x7ffff7ff9000
    maps {
        7ffff7ff9000-7ffff7ffb000 rwxs 00000000 00:05 32769 /SYSV00001234 (deleted)
        7ffff7ffb000-7ffff7ffd000 r--s 00000000 00:05 32769 /SYSV00001234 (deleted)
        7ffff7ffd000-7ffff7fff000 rw-s 00000000 00:05 0     /SYSV00000000 (deleted)
    }
    shmdt($q) = 0
    shmdt($q) = -1 EINVAL (Invalid argument)
    shmdt($p + 1) = -1 EINVAL (Invalid argument)
    shmdt($p) = 0
    maps {
        7ffff7ff9000-7ffff7ffb000 rwxs 00000000 00:05 32769 /SYSV00001234 (deleted)
    }
}
