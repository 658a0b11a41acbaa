# MAP_SHARED_VALIDATE|MAP_SYNC (delta §2, §3 step 14.2, §6.2).
# HOST CONTRADICTS THE DELTA SPEC: ext4 advertises FOP_MMAP_SYNC for every
# file (DAX or not), so MAP_SYNC passes do_mmap's validation mask on ext4 and
# the EOPNOTSUPP comes later, from ext4's ->mmap (non-DAX inode). Hence:
#  - on an O_RDONLY ext4 fd a writable request fails EACCES (the mask test
#    passed, the FMODE_WRITE test fires); a read-only one gets EOPNOTSUPP;
#  - a MAP_FIXED VALIDATE|SYNC on ext4 fails in ->mmap, after the old range
#    was cleared: it leaves a HOLE;
#  - tmpfs has no FOP_MMAP_SYNC: EOPNOTSUPP from the mask in do_mmap, before
#    mmap_region, so a MAP_FIXED one keeps the old mapping.
# Verified on host 6.18 (ext4 root; tmpfs in a private mount namespace).
kernel "6.18"
mount /mnt/t tmpfs
file /data/f size=16K
file /mnt/t/f size=16K
process app {
    $a = mmap(NULL, 12K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    open("/data/f", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED_VALIDATE|MAP_SYNC, 3, 0) = -1 EACCES
    mmap(NULL, 4096, PROT_READ, MAP_SHARED_VALIDATE|MAP_SYNC, 3, 0) = -1 EOPNOTSUPP
    open("/data/f", O_RDWR) = 4
    mmap($a + 4096, 4096, PROT_READ|PROT_WRITE, MAP_SHARED_VALIDATE|MAP_SYNC|MAP_FIXED, 4, 0) = -1 EOPNOTSUPP
    open("/mnt/t/f", O_RDWR) = 5
    mmap($a, 4096, PROT_READ|PROT_WRITE, MAP_SHARED_VALIDATE|MAP_SYNC|MAP_FIXED, 5, 0) = -1 EOPNOTSUPP
    maps {
        7ffff7ffc000-7ffff7ffd000 rw-p 00000000
        7ffff7ffe000-7ffff7fff000 rw-p 00000000
    }
}
