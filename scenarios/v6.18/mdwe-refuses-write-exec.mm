# PR_SET_MDWE (6.3+, 6.18 kernel/sys.c prctl_set_mdwe): arguments 3 to 5
# must be 0, the bits known, PR_MDWE_NO_INHERIT needs
# PR_MDWE_REFUSE_EXEC_GAIN, and once set the bits cannot change. Then
# map_deny_write_exec: mmap_region refuses a new mapping that is writable
# and executable (EACCES) before touching anything, so a MAP_FIXED over an
# old mapping leaves it; mprotect refuses write+exec and any gain of
# execute, after changing the VMAs before it in the range. A mapping that
# was executable may stay so.
# Verified on this 6.18 host.
kernel "6.18"
process app {
    prctl(PR_GET_MDWE, 0, 0, 0, 0) = 0
    prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 1, 0, 0) = -1 EINVAL (Invalid argument)
    prctl(PR_SET_MDWE, 0x4, 0, 0, 0) = -1 EINVAL (Invalid argument)
    prctl(PR_SET_MDWE, PR_MDWE_NO_INHERIT, 0, 0, 0) = -1 EINVAL (Invalid argument)
    $x = mmap(0x100000000000, 4096, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0, 0, 0) = 0
    prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN|PR_MDWE_NO_INHERIT, 0, 0, 0) = -1 EPERM (Operation not permitted)
    prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0, 0, 0) = 0
    prctl(PR_GET_MDWE, 0, 0, 0, 0) = 1
    prctl(PR_GET_MDWE, 1, 0, 0, 0) = -1 EINVAL (Invalid argument)
    $w = mmap(0x100000100000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000100000
    mmap(0x100000100000, 4096, PROT_READ|PROT_WRITE|PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EACCES (Permission denied)
    mmap(NULL, 4096, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mprotect($w, 8192, PROT_READ|PROT_EXEC) = -1 EACCES (Permission denied)
    mprotect($x, 4096, PROT_READ|PROT_WRITE|PROT_EXEC) = -1 EACCES (Permission denied)
    mprotect($x, 4096, PROT_READ) = 0
    mprotect($x, 4096, PROT_READ|PROT_EXEC) = -1 EACCES (Permission denied)
    maps {
        100000000000-100000001000 r--p 00000000
        100000100000-100000102000 rw-p 00000000
        7ffff7ffe000-7ffff7fff000 r-xp 00000000
    }
}
