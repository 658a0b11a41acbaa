# The IPC namespace's limits (newseg, 4.12 ipc/shm.c:535-543; ipc_addid,
# ipc/util.c:230): kernel.shmmax bounds one segment's size (EINVAL),
# kernel.shmall the pages of all (ENOSPC), kernel.shmmni their number
# (ENOSPC). Segments of 0 bytes do not exist.
kernel "4.12"
sysctl kernel.shmmax = 12288
sysctl kernel.shmall = 5
sysctl kernel.shmmni = 2
process app {
    shmget(IPC_PRIVATE, 0, IPC_CREAT|0600) = -1 EINVAL (Invalid argument)
    shmget(IPC_PRIVATE, 12289, IPC_CREAT|0600) = -1 EINVAL (Invalid argument)
    $a = shmget(IPC_PRIVATE, 12288, IPC_CREAT|0600) = 0
    shmget(IPC_PRIVATE, 12288, IPC_CREAT|0600) = -1 ENOSPC (No space left on device)
    $b = shmget(IPC_PRIVATE, 8192, IPC_CREAT|0600) = 32769
    shmget(IPC_PRIVATE, 1, IPC_CREAT|0600) = -1 ENOSPC (No space left on device)
    shmctl($a, IPC_RMID, NULL) = 0
    shmget(IPC_PRIVATE, 1, IPC_CREAT|0600) = 65536
    shmget(IPC_PRIVATE, 1, IPC_CREAT|0600) = -1 ENOSPC (No space left on device)
}
