# msync (mm/msync.c:31-107): the flags, the alignment and MS_ASYNC with
# MS_SYNC are EINVAL in that order; a length rounded up past the top is
# ENOMEM, an empty range succeeds. Then the VMAs of the range in turn: a
# hole is skipped and answered ENOMEM at the end, after the mapped parts
# were synced, but MS_INVALIDATE meeting a locked VMA is EBUSY at once,
# even after a hole. Nothing mapped at or after the start is ENOMEM. Shared
# file mappings are written back (vfs_fsync_range: tmpfs has nothing to
# write and succeeds). 6.1 and later stop at a hole when MS_ASYNC is alone,
# with the same answer.
# Verified on Linux 4.12, 6.1 and 6.12 in VMs and on this 6.18 host.
kernel "4.12"
mount /t tmpfs
file /t/f size=16K
process app {
    $a = mmap(0x100000000000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    msync($a+1, 4096, 0x8 /* MS_??? */) = -1 EINVAL (Invalid argument)
    msync($a+1, 4096, MS_SYNC) = -1 EINVAL (Invalid argument)
    msync($a, 4096, MS_SYNC|MS_ASYNC) = -1 EINVAL (Invalid argument)
    msync($a, -4096, MS_SYNC) = -1 ENOMEM (Cannot allocate memory)
    msync($a, 0, MS_SYNC) = 0
    msync($a, 1, MS_SYNC) = 0
    msync($a, 8192, 0) = 0
    msync($a, 12288, MS_ASYNC) = -1 ENOMEM (Cannot allocate memory)
    msync(0x100000200000, 4096, MS_SYNC) = -1 ENOMEM (Cannot allocate memory)
    $b = mmap(0x100000004000, 4096, PROT_READ, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000004000
    msync($a, 20480, MS_SYNC) = -1 ENOMEM (Cannot allocate memory)
    msync($a, 65536, MS_SYNC) = -1 ENOMEM (Cannot allocate memory)
    msync($a, 20480, MS_ASYNC) = -1 ENOMEM (Cannot allocate memory)
    mlock($b, 4096) = 0
    msync($a, 20480, MS_INVALIDATE) = -1 EBUSY (Device or resource busy)
    msync($a, 8192, MS_INVALIDATE) = 0
    msync($b, 4096, MS_ASYNC) = 0
    open("/t/f", O_RDWR) = 3
    $c = mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = 0x7ffff7ffb000
    msync($c, 16384, MS_SYNC) = 0
    msync($c, 16384, MS_SYNC|MS_INVALIDATE) = 0
    maps {
        100000000000-100000002000 rw-p 00000000
        100000004000-100000005000 r--s 00000000 /dev/zero (deleted)
        7ffff7ffb000-7ffff7fff000 rw-s 00000000 /t/f
    }
}
