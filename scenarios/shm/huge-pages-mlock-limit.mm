# 4.12's hugetlb_file_setup (fs/hugetlbfs/inode.c:1266-1277) lets a user
# without CAP_IPC_LOCK or group 0 make an SHM_HUGETLB segment within its
# RLIMIT_MEMLOCK, counting the user's segments together (user_shm_lock,
# mm/mlock.c:839-859) until each is destroyed. 6.x refuses it outright.
kernel "4.12"
memory hugepages=4
process user uid=1000 {
    rlimit RLIMIT_MEMLOCK 4M
    $a = shmget(IPC_PRIVATE, 2M, IPC_CREAT|SHM_HUGETLB|0600) = 0
    $b = shmget(IPC_PRIVATE, 2M, IPC_CREAT|SHM_HUGETLB|0600) = 32769
    shmget(IPC_PRIVATE, 1, IPC_CREAT|SHM_HUGETLB|0600) = -1 EPERM (Operation not permitted)
    shmctl($a, IPC_RMID, NULL) = 0
    shmget(IPC_PRIVATE, 1, IPC_CREAT|SHM_HUGETLB|0600) = 65536
}
process other uid=1001 {
    rlimit RLIMIT_MEMLOCK 64K
    shmget(IPC_PRIVATE, 1, IPC_CREAT|SHM_HUGETLB|0600) = -1 EPERM (Operation not permitted)
}
