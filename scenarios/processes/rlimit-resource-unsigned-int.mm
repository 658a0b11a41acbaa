# setrlimit and prlimit64 take the resource as an unsigned int: only its
# low 32 bits count (kernel/sys.c SYSCALL_DEFINE4(prlimit64, pid_t,
# unsigned int resource, ...) and SYSCALL_DEFINE2(setrlimit, unsigned int
# resource, ...)). 0x100000008 is RLIMIT_MEMLOCK; 0x100000010 is 16, one past
# the last resource.
kernel "4.12"

process app uid=1000 {
    prlimit64(0, 0x100000008, {rlim_cur=0, rlim_max=64K}, NULL) = 0
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = -1 EPERM (Operation not permitted)
    setrlimit(0x100000010, {rlim_cur=0, rlim_max=0}) = -1 EINVAL (Invalid argument)
}
