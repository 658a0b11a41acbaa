# MAP_SYNC without validation (delta §2, §6.2): calc_vm_flag_bits sets VM_SYNC
# for every mapping type, and ext4's ->mmap refuses VM_SYNC on a non-DAX inode
# with EOPNOTSUPP -- for MAP_SHARED and for MAP_PRIVATE alike. ->mmap runs
# after vms_clean_up_area, so a MAP_FIXED request that fails there leaves a
# HOLE where the old anonymous page was.
# Verified on host 6.18.
kernel "6.18"
file /data/f size=16K
process app {
    $a = mmap(NULL, 12K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    open("/data/f", O_RDWR) = 3
    mmap(NULL, 4096, PROT_READ, MAP_SHARED|MAP_SYNC, 3, 0) = -1 EOPNOTSUPP
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_SYNC, 3, 0) = -1 EOPNOTSUPP
    mmap($a + 4096, 4096, PROT_READ, MAP_SHARED|MAP_SYNC|MAP_FIXED, 3, 0) = -1 EOPNOTSUPP
    maps {
        7ffff7ffc000-7ffff7ffd000 rw-p 00000000
        7ffff7ffe000-7ffff7fff000 rw-p 00000000
    }
    status { MapCount: 2 }
}
