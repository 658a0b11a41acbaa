# memfd_create and file seals. A memfd made with MFD_ALLOW_SEALING starts
# without seals; every other shmem file (a plain memfd, a tmpfs file) has
# F_SEAL_SEAL, so F_ADD_SEALS is EPERM there. F_SEAL_WRITE is refused while
# a shared mapping could write the file (EBUSY, mapping_deny_writable);
# once set, a shared writable mapping is EPERM. F_SEAL_SHRINK and
# F_SEAL_GROW refuse ftruncate (shmem_setattr). Files that are not shmem
# have no seals (EINVAL). A read-only shared mapping of the write-sealed
# memfd: 4.12 refuses it (mmap_region's mapping_map_writable counts every
# VM_SHARED mapping of a descriptor open for writing); 6.1.y and later
# allow it without VM_MAYWRITE, so mprotect cannot make it writable.
# MFD_HUGETLB came in 4.14, MFD_NOEXEC_SEAL and MFD_EXEC in 6.3.
kernel "6.12"
mount /t tmpfs
file /t/f size=8K mode=0666
process app {
    memfd_create("abc", MFD_CLOEXEC|MFD_ALLOW_SEALING) = 3
    memfd_create("plain", 0) = 4
    memfd_create("h", MFD_HUGETLB|21<<MFD_HUGE_SHIFT) = 5
    memfd_create("x", MFD_EXEC|MFD_NOEXEC_SEAL) = -1 EINVAL (Invalid argument)
    memfd_create("x", 0x40) = -1 EINVAL (Invalid argument)
    memfd_create("n", MFD_NOEXEC_SEAL) = 6
    memfd_create("0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789", 0) = -1 EINVAL (Invalid argument)
    memfd_create("012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678", 0) = 7
    fcntl(3, F_GET_SEALS) = 0
    fcntl(4, F_GET_SEALS) = 0x1 (seals F_SEAL_SEAL)
    fcntl(5, F_GET_SEALS) = 0x1 (seals F_SEAL_SEAL)
    fcntl(6, F_GET_SEALS) = 0x20 (seals F_SEAL_EXEC)
    fcntl(4, F_ADD_SEALS, F_SEAL_WRITE) = -1 EPERM (Operation not permitted)
    ftruncate(3, 16384) = 0
    $a = mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = 0x7ffff7ffb000
    fcntl(3, F_ADD_SEALS, F_SEAL_WRITE) = -1 EBUSY (Device or resource busy)
    fcntl(3, F_ADD_SEALS, F_SEAL_SHRINK|F_SEAL_GROW) = 0
    ftruncate(3, 8192) = -1 EPERM (Operation not permitted)
    ftruncate(3, 32768) = -1 EPERM (Operation not permitted)
    ftruncate(3, 16384) = 0
    munmap($a, 16384) = 0
    fcntl(3, F_ADD_SEALS, F_SEAL_WRITE) = 0
    fcntl(3, F_GET_SEALS) = 0xe (seals F_SEAL_SHRINK|F_SEAL_GROW|F_SEAL_WRITE)
    mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = -1 EPERM (Operation not permitted)
    $r = mmap(NULL, 16384, PROT_READ, MAP_SHARED, 3, 0) = 0x7ffff7ffb000
    mprotect($r, 16384, PROT_READ|PROT_WRITE) = -1 EACCES (Permission denied)
    mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE, 3, 0) = 0x7ffff7ff7000
    fcntl(3, F_ADD_SEALS, 0x40) = -1 EINVAL (Invalid argument)
    fcntl(3, F_ADD_SEALS, F_SEAL_SEAL) = 0
    fcntl(3, F_ADD_SEALS, 0) = -1 EPERM (Operation not permitted)
    $o = open("/t/f", O_RDONLY) = 8
    fcntl($o, F_GET_SEALS) = 0x1 (seals F_SEAL_SEAL)
    fcntl($o, F_ADD_SEALS, F_SEAL_WRITE) = -1 EPERM (Operation not permitted)
    $z = open("/t/f", O_RDWR) = 9
    fcntl($z, F_ADD_SEALS, F_SEAL_WRITE) = -1 EPERM (Operation not permitted)
    fcntl(0, F_GET_SEALS) = -1 EINVAL (Invalid argument)
    smaps
}
