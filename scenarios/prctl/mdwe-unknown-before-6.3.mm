# PR_SET_MDWE and PR_GET_MDWE arrived in 6.3: 4.12's prctl does not know
# them and answers EINVAL from its switch's default (kernel/sys.c:2298),
# and write+exec mappings stay allowed.
# Verified on Linux 4.12 and Debian's 6.1 in VMs.
kernel "4.12"
process app {
    prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0, 0, 0) = -1 EINVAL (Invalid argument)
    prctl(PR_GET_MDWE, 0, 0, 0, 0) = -1 EINVAL (Invalid argument)
    mmap(0x100000000000, 4096, PROT_READ|PROT_WRITE|PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
}
