# MAP_SYNC where no ->mmap refuses it (delta §2): on anonymous memory and on a
# tmpfs file it succeeds and the VMA carries VM_SYNC (smaps "sf"). VM_SYNC is
# a vm_flag, so the anonymous one does not merge with a plain neighbour
# (delta §6.3). With MAP_SHARED_VALIDATE, tmpfs (no FOP_MMAP_SYNC) still says
# EOPNOTSUPP.
# Verified on host 6.18 (tmpfs mounted in a private mount namespace; smaps
# showed "sf" on both MAP_SYNC VMAs).
kernel "6.18"
mount /mnt/t tmpfs
file /mnt/t/f size=8K
process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_SYNC, -1, 0) = 0x7ffff7ffd000
    open("/mnt/t/f", O_RDWR) = 3
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_SYNC, 3, 0) = 0x7ffff7ffc000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED_VALIDATE|MAP_SYNC, 3, 0) = -1 EOPNOTSUPP
    maps {
        7ffff7ffc000-7ffff7ffd000 rw-s 00000000 /mnt/t/f
        7ffff7ffd000-7ffff7ffe000 rw-p 00000000
        7ffff7ffe000-7ffff7fff000 rw-p 00000000
    }
}
