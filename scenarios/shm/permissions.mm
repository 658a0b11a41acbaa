# ipcperms (4.12 ipc/util.c:474-493): the owner or creator gets the mode's
# owner bits, the group its group bits, others the rest; CAP_IPC_OWNER
# passes. shmget checks the bits its flags ask for (EACCES), shmat read or
# read-write (and exec for SHM_EXEC), and IPC_RMID wants the owner, the
# creator or CAP_SYS_ADMIN (EPERM).
kernel "4.12"
process root {
    $s = shmget(0x77, 8192, IPC_CREAT|0640) = 0
}
process other uid=1000 gid=1000 {
    shmget(0x77, 0, 0) = 0
    shmget(0x77, 0, 0400) = -1 EACCES (Permission denied)
    shmat(0, NULL, SHM_RDONLY) = -1 EACCES (Permission denied)
    shmctl(0, IPC_RMID, NULL) = -1 EPERM (Operation not permitted)
}
process group uid=1001 gid=0 {
    shmget(0x77, 0, 0400) = 0
    shmget(0x77, 0, 0600) = -1 EACCES (Permission denied)
    $r = shmat(0, NULL, SHM_RDONLY) = 0x7ffff7ffd000
    shmat(0, NULL, 0) = -1 EACCES (Permission denied)
    shmat(0, NULL, SHM_RDONLY|SHM_EXEC) = -1 EACCES (Permission denied)
    shmctl(0, IPC_RMID, NULL) = -1 EPERM (Operation not permitted)
    maps {
        7ffff7ffd000-7ffff7fff000 r--s 00000000 00:05 0 /SYSV00000077 (deleted)
    }
}
process owner uid=1002 caps=CAP_IPC_OWNER {
    shmget(0x77, 0, 0600) = 0
    shmat(0, NULL, 0) = 0x7ffff7ffd000
    shmctl(0, IPC_RMID, NULL) = -1 EPERM (Operation not permitted)
}
