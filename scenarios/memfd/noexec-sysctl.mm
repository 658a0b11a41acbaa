# vm.memfd_noexec (6.3+, mm/memfd.c check_sysctl_memfd_noexec): at 1 a
# memfd_create that names neither MFD_EXEC nor MFD_NOEXEC_SEAL gets
# MFD_NOEXEC_SEAL (the exec bits go and F_SEAL_EXEC is set, which also
# allows sealing); at 2 anything but MFD_NOEXEC_SEAL is EACCES. The setting
# belongs to the PID namespace (a child may raise it, never lower it).
kernel "6.18"
sysctl vm.memfd_noexec = 1
process app {
    memfd_create("a", 0) = 3
    fcntl(3, F_GET_SEALS) = 0x20 (seals F_SEAL_EXEC)
    fcntl(3, F_ADD_SEALS, F_SEAL_WRITE) = 0
    fcntl(3, F_GET_SEALS) = 0x28 (seals F_SEAL_WRITE|F_SEAL_EXEC)
    memfd_create("b", MFD_EXEC) = 4
    fcntl(4, F_GET_SEALS) = 0x1 (seals F_SEAL_SEAL)
    fcntl(4, F_ADD_SEALS, F_SEAL_WRITE) = -1 EPERM (Operation not permitted)
    memfd_create("c", MFD_EXEC|MFD_NOEXEC_SEAL) = -1 EINVAL (Invalid argument)
}
