# ftruncate (fs/open.c:165-211, do_sys_ftruncate): a negative length is
# EINVAL, a closed or O_PATH descriptor EBADF, a descriptor not open for
# writing or not a regular file EINVAL, an append-only file EPERM, a size
# past ext4's largest file EFBIG (inode_newsize_ok). Shrinking a tmpfs file
# frees its pages past the new end with their charge (shmem_truncate_range):
# Committed_AS falls from 16 kB to 4 kB; growing charges nothing until a
# fault. A hugetlbfs file takes whole huge pages only (EINVAL otherwise).
# Verified on Linux 4.12, 6.1 and 6.12 in VMs and on this 6.18 host.
kernel "4.12"
mount /t tmpfs
file /t/f size=16K
file /data/a size=4K append
file /data/e size=4K
dir /data/d
process app {
    open("/t/f", O_RDWR) = 3
    ftruncate(3, -1) = -1 EINVAL (Invalid argument)
    ftruncate(9, 4096) = -1 EBADF (Bad file descriptor)
    $m = mmap(NULL, 16384, PROT_READ, MAP_SHARED|MAP_POPULATE, 3, 0) = 0x7ffff7ffb000
    status { Committed_AS: 16 kB }
    ftruncate(3, 4096) = 0
    status { Committed_AS: 4 kB }
    ftruncate(3, 65536) = 0
    status { Committed_AS: 4 kB }
    open("/t/f", O_RDONLY) = 4
    ftruncate(4, 0) = -1 EINVAL (Invalid argument)
    open("/t/f", O_PATH) = 5
    ftruncate(5, 0) = -1 EBADF (Bad file descriptor)
    open("/data/a", O_WRONLY|O_APPEND) = 6
    ftruncate(6, 0) = -1 EPERM (Operation not permitted)
    open("/data/e", O_RDWR) = 7
    ftruncate(7, 0x100000000000) = -1 EFBIG (File too large)
    ftruncate(7, 8192) = 0
    open("/data/d", O_RDONLY|O_DIRECTORY) = 8
    ftruncate(8, 0) = -1 EINVAL (Invalid argument)
}
