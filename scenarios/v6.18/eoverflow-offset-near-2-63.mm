# file_mmap_ok (4.17; delta §3 step 14.1): for a regular file the limit is
# MAX_LFS_FILESIZE = 2^63-1, and the mapping fails with EOVERFLOW when
# pgoff > (max - len) >> 12 -- for MAP_PRIVATE and MAP_SHARED alike (4.12
# mapped all of these). For len 8K the last allowed pgoff is 2^51-3, i.e.
# offset 0x7fffffffffffd000. That one succeeds, and ext4's THP placement puts
# it 2 MiB-congruent with the offset (delta §5.3 quirk): the padded search
# returns 0x7ffff7dfd000, off_sub = 0 in a top-down mm, so +2M ->
# 0x7ffff7ffd000.
# Verified on host 6.18 (ext4 file; host run with REF at the model's 2 MiB phase).
kernel "6.18"
file /data/f size=16K
process app {
    open("/data/f", O_RDWR) = 3
    mmap(NULL, 8K, PROT_READ, MAP_PRIVATE, 3, 0x7ffffffffffff000) = -1 EOVERFLOW
    mmap(NULL, 8K, PROT_READ, MAP_SHARED, 3, 0x7fffffffffffe000) = -1 EOVERFLOW
    mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0x8000000000000000) = -1 EOVERFLOW
    mmap(NULL, 8K, PROT_READ, MAP_PRIVATE, 3, 0x7fffffffffffd000) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7fff000 r--p 7fffffffffffd000 /data/f
    }
}
