# SHM_HUGETLB (4.12 ipc/shm.c:561-577): the segment is a file of the
# internal hugetlbfs mount, rounded up to huge pages, whose pages are
# reserved at shmget (hugetlb_file_setup) unless SHM_NORESERVE: ENOMEM when
# the pool is short. Its attaches are placed and split as hugetlb mappings
# are, and without CAP_IPC_LOCK or group 0 it is EPERM (4.12 lets
# RLIMIT_MEMLOCK stand in: huge-pages-mlock-limit.mm).
kernel "6.12"
memory hugepages=4
process root {
    $h = shmget(IPC_PRIVATE, 3000000, IPC_CREAT|SHM_HUGETLB|0600) = 0
    shmget(IPC_PRIVATE, 8M, IPC_CREAT|SHM_HUGETLB|0600) = -1 ENOMEM (Cannot allocate memory)
    shmget(IPC_PRIVATE, 8M, IPC_CREAT|SHM_HUGETLB|SHM_NORESERVE|0600) = 1
    shmget(IPC_PRIVATE, 4096, IPC_CREAT|SHM_HUGETLB|SHM_HUGE_2MB|0600) = 2
    shmget(IPC_PRIVATE, 4096, IPC_CREAT|SHM_HUGETLB|20<<SHM_HUGE_SHIFT|0600) = -1 EINVAL (Invalid argument)
    $p = shmat($h, NULL, 0) = 0x7ffff7a00000
    shmat($h, 0x10001000, 0) = -1 EINVAL (Invalid argument)
    $q = shmat($h, 0x10000000, SHM_RDONLY) = 0x10000000
    write $p = ok
    write $p + 2M = ok
    mincore($p, 4M, [...]) = 0
    munmap($p, 4096) = -1 EINVAL (Invalid argument)
    munmap($p, 2M) = 0
    maps {
        10000000-10400000 r--s 00000000 00:10 0 /SYSV00000000 (deleted)
        7ffff7c00000-7ffff7e00000 rw-s 00200000 00:10 0 /SYSV00000000 (deleted)
    }
    smaps
    # Removed, but still attached: its pages stay reserved.
    shmctl($h, IPC_RMID, NULL) = 0
    shmdt($q) = 0
    shmget(IPC_PRIVATE, 8M, IPC_CREAT|SHM_HUGETLB|0600) = -1 ENOMEM (Cannot allocate memory)
    shmdt($p) = 0
    shmget(IPC_PRIVATE, 6M, IPC_CREAT|SHM_HUGETLB|0600) = 3
}
process user uid=1000 {
    shmget(IPC_PRIVATE, 2M, IPC_CREAT|SHM_HUGETLB|0600) = -1 EPERM (Operation not permitted)
}
process locker uid=1000 caps=CAP_IPC_LOCK {
    shmget(IPC_PRIVATE, 2M, IPC_CREAT|SHM_HUGETLB|SHM_NORESERVE|0600) = 4
}
process group0 uid=1000 gid=0 {
    shmget(IPC_PRIVATE, 2M, IPC_CREAT|SHM_HUGETLB|SHM_NORESERVE|0600) = 5
}
