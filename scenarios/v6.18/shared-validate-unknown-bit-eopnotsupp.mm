# MAP_SHARED_VALIDATE on a file (delta §2, §3 step 14.2-14.3.1): any bit
# outside LEGACY_MAP_MASK -> EOPNOTSUPP: an unknown bit (0x200, bit 31) and
# MAP_FIXED_NOREPLACE, which is not in the mask. The same unknown bit with
# plain MAP_SHARED is silently dropped. Legacy bits (MAP_POPULATE,
# MAP_DENYWRITE, MAP_NORESERVE) pass validation.
# Verified on host 6.18 (file on the host's ext4 root).
kernel "6.18"
file /data/f size=16K
process app {
    open("/data/f", O_RDWR) = 3
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED_VALIDATE|0x200, 3, 0) = -1 EOPNOTSUPP (Operation not supported)
    mmap(NULL, 4096, PROT_READ, MAP_SHARED_VALIDATE|0x80000000, 3, 0) = -1 EOPNOTSUPP
    mmap(0x100000000000, 4096, PROT_READ, MAP_SHARED_VALIDATE|MAP_FIXED_NOREPLACE, 3, 0) = -1 EOPNOTSUPP
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED|0x200, 3, 0) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED_VALIDATE|MAP_POPULATE|MAP_DENYWRITE|MAP_NORESERVE, 3, 4096) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7ffe000 rw-s 00001000 /data/f
        7ffff7ffe000-7ffff7fff000 rw-s 00000000 /data/f
    }
}
