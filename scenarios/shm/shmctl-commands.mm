# shmctl's other commands (4.12 ipc/shm.c:873-1085; 6.x ksys_shmctl):
# IPC_STAT takes an id and answers 0, SHM_STAT takes an index and answers
# the id (SHM_STAT_ANY, 4.17+, without the read-permission check); both
# copy struct shmid64_ds out, as user stores: EFAULT where one faults.
# IPC_INFO and SHM_INFO answer the highest index in use. SHM_LOCK wants
# the owner or creator (or CAP_IPC_LOCK) and some RLIMIT_MEMLOCK; the
# segment's pages count against the user's RLIMIT_MEMLOCK (ENOMEM past it)
# until SHM_UNLOCK or the segment's end. (The transcript shows the
# buffer's address where strace would print the structure.)
kernel "4.12"
process owner uid=1000 {
    rlimit RLIMIT_MEMLOCK 16K
    $s = shmget(IPC_PRIVATE, 8192, IPC_CREAT|0600) = 0
    $t = shmget(IPC_PRIVATE, 12288, IPC_CREAT|0640) = 32769
    $b = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    $r = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    shmctl($s, IPC_STAT, $b) = 0
    shmctl($s, IPC_STAT, NULL) = -1 EFAULT (Bad address)
    shmctl($s, IPC_STAT, $r) = -1 EFAULT (Bad address)
    shmctl($s, IPC_STAT, $b + 4000) = -1 EFAULT (Bad address)
    shmctl($t, SHM_STAT, $b) = 32769
    shmctl($t + 32768, SHM_STAT, $b) = 32769
    shmctl($t + 32768, IPC_STAT, $b) = -1 EINVAL (Invalid argument)
    shmctl(0, IPC_INFO, $b) = 1
    shmctl(0, SHM_INFO, $b) = 1
    shmctl(0, SHM_INFO, NULL) = -1 EFAULT (Bad address)
    shmctl($s, SHM_LOCK, NULL) = 0
    shmctl($s, SHM_LOCK, NULL) = 0
    shmctl($t, SHM_LOCK, NULL) = -1 ENOMEM (Cannot allocate memory)
    shmctl($s, SHM_UNLOCK, NULL) = 0
    shmctl($t, SHM_LOCK, NULL) = 0
    shmctl($t, SHM_STAT_ANY, $b) = -1 EINVAL (Invalid argument)
    mincore($b, 4096, [1]) = 0
}
process other uid=1001 {
    rlimit RLIMIT_MEMLOCK 0
    $c = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    shmctl(0, IPC_STAT, $c) = -1 EACCES (Permission denied)
    shmctl(0, SHM_STAT, $c) = -1 EACCES (Permission denied)
    shmctl(32769, SHM_LOCK, NULL) = -1 EPERM (Operation not permitted)
    shmctl(32769, SHM_UNLOCK, NULL) = -1 EPERM (Operation not permitted)
}
