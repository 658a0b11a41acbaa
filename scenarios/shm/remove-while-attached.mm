# IPC_RMID of an attached segment only marks it SHM_DEST and makes its key
# private (do_shm_rmid, 4.12 ipc/shm.c:89-102): the key finds nothing, a
# new segment may take it, the id still attaches, and maps keeps the old
# name. The segment goes with its last attach (shm_close); its id then
# names nothing.
kernel "4.12"
process app {
    $s = shmget(0x5, 4096, IPC_CREAT|0600) = 0
    $p = shmat($s, NULL, 0) = 0x7ffff7ffe000
    shmctl($s, IPC_RMID, NULL) = 0
    shmget(0x5, 4096, 0600) = -1 ENOENT (No such file or directory)
    $t = shmget(0x5, 4096, IPC_CREAT|0600) = 32769
    $q = shmat($s, NULL, SHM_RDONLY) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7ffe000 r--s 00000000 00:05 0 /SYSV00000005 (deleted)
        7ffff7ffe000-7ffff7fff000 rw-s 00000000 00:05 0 /SYSV00000005 (deleted)
    }
    shmdt($p) = 0
    $u = shmat($s, NULL, 0) = 0x7ffff7ffe000
    # A second IPC_RMID finds it still (the id is only freed at destruction).
    shmctl($s, IPC_RMID, NULL) = 0
    munmap($q, 4096) = 0
    shmdt($u) = 0
    shmat($s, NULL, 0) = -1 EINVAL (Invalid argument)
    shmctl($s, IPC_RMID, NULL) = -1 EINVAL (Invalid argument)
    # An unattached segment goes at once.
    shmctl($t, IPC_RMID, NULL) = 0
    shmctl($t, IPC_RMID, NULL) = -1 EINVAL (Invalid argument)
    maps { }
}
