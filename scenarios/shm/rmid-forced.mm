# kernel.shm_rmid_forced = 1: a segment goes with its last detach even
# without IPC_RMID (shm_may_destroy, ipc/shm.c). shmctl's other errors:
# a negative id or command, and a command it does not have.
kernel "4.12"
sysctl kernel.shm_rmid_forced = 1
process app {
    $s = shmget(0x9, 4096, IPC_CREAT|0600) = 0
    $p = shmat($s, NULL, 0) = 0x7ffff7ffe000
    shmget(0x9, 0, 0) = 0
    shmdt($p) = 0
    shmget(0x9, 0, 0) = -1 ENOENT (No such file or directory)
    shmat($s, NULL, 0) = -1 EINVAL (Invalid argument)
    shmctl(-1, IPC_RMID, NULL) = -1 EINVAL (Invalid argument)
    shmctl(0, -1, NULL) = -1 EINVAL (Invalid argument)
    shmctl(0, 99, NULL) = -1 EINVAL (Invalid argument)
}
