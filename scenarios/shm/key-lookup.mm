# shmget with a key finds the segment that has it (ipcget_public, 4.12
# ipc/util.c:337-377): IPC_CREAT|IPC_EXCL refuses it with EEXIST, a size
# above the segment's with EINVAL (shm_more_checks, ipc/shm.c:651), and a
# missing key without IPC_CREAT is ENOENT. A size of 0 asks nothing and
# finds any; the mode is only checked against what the flags ask for.
kernel "4.12"
process app {
    $s = shmget(0x2a, 10000, IPC_CREAT|IPC_EXCL|0600) = 0
    shmget(0x2a, 4096, IPC_CREAT|IPC_EXCL|0600) = -1 EEXIST (File exists)
    shmget(0x2a, 10001, 0) = -1 EINVAL (Invalid argument)
    shmget(0x2a, 10000, 0) = 0
    shmget(0x2a, 0, IPC_CREAT) = 0
    shmget(0x2b, 4096, 0600) = -1 ENOENT (No such file or directory)
    shmget(0x2b, 0, IPC_CREAT|0600) = -1 EINVAL (Invalid argument)
    # IPC_PRIVATE always makes a new segment, whatever the flags.
    shmget(IPC_PRIVATE, 4096, 0) = 32769
    shmget(IPC_PRIVATE, 4096, IPC_EXCL) = 65538
    $p = shmat($s, NULL, 0) = 0x7ffff7ffc000
    # i_size is the size asked for: the attach covers it in whole pages.
    maps {
        7ffff7ffc000-7ffff7fff000 rw-s 00000000 00:05 0 /SYSV0000002a (deleted)
    }
}
