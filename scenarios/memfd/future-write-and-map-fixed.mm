# F_SEAL_FUTURE_WRITE (5.1) leaves the shared writable mappings that exist
# and refuses new ones. Where the refusal comes decides what a MAP_FIXED
# over an existing mapping leaves: 6.12's do_mmap refuses before anything
# is touched (memfd_check_seals_mmap), so the old mapping stays; Debian's
# 6.1.y refuses in shmem_mmap (seal_check_write), after __mmap_region
# cleared the range, so a hole is left. 4.12 knows no such seal (EINVAL).
# A hole punched through the old writable mapping is EPERM too
# (shmem_fallocate), and so is F_SEAL_WRITE while it exists (EBUSY).
kernel "6.12"
process app {
    $fd = memfd_create("fw", MFD_ALLOW_SEALING) = 3
    ftruncate($fd, 16384) = 0
    $a = mmap(0x100000000000, 16384, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED, $fd, 0) = 0x100000000000
    $b = mmap(0x100000010000, 16384, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000010000
    fcntl($fd, F_ADD_SEALS, F_SEAL_FUTURE_WRITE) = 0
    fcntl($fd, F_GET_SEALS) = 0x10 (seals F_SEAL_FUTURE_WRITE)
    mmap($b, 16384, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED, $fd, 0) = -1 EPERM (Operation not permitted)
    smaps
    madvise($a, 4096, MADV_REMOVE) = -1 EPERM (Operation not permitted)
    fcntl($fd, F_ADD_SEALS, F_SEAL_WRITE) = -1 EBUSY (Device or resource busy)
    mmap(NULL, 16384, PROT_READ, MAP_SHARED, $fd, 0) = 0x7ffff7ffb000
    smaps
}
