# vm.memfd_noexec = 2 (mm/memfd.c check_sysctl_memfd_noexec): only
# MFD_NOEXEC_SEAL memfds may be made; neither flag means MFD_NOEXEC_SEAL.
kernel "6.18"
sysctl vm.memfd_noexec = 2
process app {
    memfd_create("a", MFD_EXEC) = -1 EACCES (Permission denied)
    memfd_create("a", MFD_ALLOW_SEALING|MFD_EXEC) = -1 EACCES (Permission denied)
    memfd_create("a", 0) = 3
    memfd_create("a", MFD_NOEXEC_SEAL|MFD_CLOEXEC) = 4
    fcntl(4, F_GET_SEALS) = 0x20 (seals F_SEAL_EXEC)
    memfd_create("a", MFD_EXEC|MFD_NOEXEC_SEAL) = -1 EINVAL (Invalid argument)
}
