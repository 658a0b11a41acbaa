# MAP_SHARED_VALIDATE|MAP_SYNC on a non-DAX ext4 file (delta §2, §3 step
# 14.2): MAP_SYNC is only in the allowed mask for FOP_MMAP_SYNC (DAX) files,
# so do_mmap refuses it with EOPNOTSUPP. That mask test comes before the
# FMODE_WRITE test: on an O_RDONLY fd a writable request still says
# EOPNOTSUPP, and only without MAP_SYNC does EACCES appear.
# Verified on host 6.18 (ext4 root, no DAX).
kernel "6.18"
file /data/f size=16K
process app {
    open("/data/f", O_RDWR) = 3
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED_VALIDATE|MAP_SYNC, 3, 0) = -1 EOPNOTSUPP
    open("/data/f", O_RDONLY) = 4
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED_VALIDATE|MAP_SYNC, 4, 0) = -1 EOPNOTSUPP
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED_VALIDATE, 4, 0) = -1 EACCES
    maps { }
}
