# mseal arrived in 6.10: 4.12 (and 6.1) have no such system call, so it is
# ENOSYS from sys_ni_syscall (kernel/sys_ni.c:16) whatever its arguments,
# and nothing is sealed: the mapping can still be unmapped.
# Verified on Linux 4.12 and Debian's 6.1 in VMs.
kernel "4.12"
process app {
    $a = mmap(0x100000000000, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    mseal($a, 8192, 0) = -1 ENOSYS (Function not implemented)
    mseal($a+1, 8192, 0x1) = -1 ENOSYS (Function not implemented)
    munmap($a, 8192) = 0
}
