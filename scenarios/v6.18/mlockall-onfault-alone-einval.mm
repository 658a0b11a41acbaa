# mlockall flag check (~5.3; delta: mlockall): MCL_ONFAULT alone, and 0, are
# EINVAL in 6.18 (4.12 accepted MCL_ONFAULT alone and acted as munlockall:
# mlock/mlockall-onfault-alone-412.mm). The locked mapping stays locked.
# MCL_CURRENT|MCL_ONFAULT is valid.
# Verified on host 6.18 (root, CAP_IPC_LOCK).
kernel "6.18"
process app {
    mmap(NULL, 8K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = 0x7ffff7ffd000
    status { VmLck: 8 kB }
    mlockall(MCL_ONFAULT) = -1 EINVAL
    mlockall(0) = -1 EINVAL
    status { VmLck: 8 kB }
    mlockall(MCL_CURRENT|MCL_ONFAULT) = 0
    munlockall() = 0
    status { VmLck: 0 kB }
}
