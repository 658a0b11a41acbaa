# remap_move (6.17+) moves shmem (shared anonymous, tmpfs), ext4 and
# anonymous VMAs together, with MREMAP_DONTUNMAP too (the sources stay). A
# VMA whose file's get_unmapped_area is not known to honour MREMAP_FIXED
# (vma_multi_allowed) can only be moved alone: a private /dev/zero mapping
# keeps /dev/zero as its file (get_unmapped_area_zero), so a range holding
# it and another VMA is EFAULT, before anything moves if it comes first and
# after the VMAs before it moved otherwise. Alone it moves, and being
# anonymous and never faulted it takes its new address as its offset
# (copy_vma, vma_is_anonymous: no vm_ops).
# Verified on host 6.18 (tmpfs file on /dev/shm, ext4 file on /tmp).
kernel "6.18"
mount /mnt/t tmpfs
file /mnt/t/f size=16K
file /data/e size=16K
device /dev/zero zero
process app {
    open("/mnt/t/f", O_RDWR) = 3
    open("/data/e", O_RDWR) = 4
    open("/dev/zero", O_RDWR) = 5
    mmap(0x100000000000, 4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    mmap(0x100000001000, 8K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED, 3, 0) = 0x100000001000
    mmap(0x100000003000, 8K, PROT_READ, MAP_PRIVATE|MAP_FIXED, 4, 8K) = 0x100000003000
    mremap(0x100000000000, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED|MREMAP_DONTUNMAP, 0x100000100000) = 0x100000100000
    maps {
        100000000000-100000001000 rw-s 00000000 /dev/zero (deleted)
        100000001000-100000003000 rw-s 00000000 /mnt/t/f
        100000003000-100000005000 r--p 00002000 /data/e
        100000100000-100000101000 rw-s 00000000 /dev/zero (deleted)
        100000101000-100000103000 rw-s 00000000 /mnt/t/f
        100000103000-100000105000 r--p 00002000 /data/e
    }
    mremap(0x100000000000, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, 0x100000200000) = 0x100000200000
    munmap(0x100000100000, 20K) = 0
    maps {
        100000200000-100000201000 rw-s 00000000 /dev/zero (deleted)
        100000201000-100000203000 rw-s 00000000 /mnt/t/f
        100000203000-100000205000 r--p 00002000 /data/e
    }
    munmap(0x100000200000, 20K) = 0
    mmap(0x100000000000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED, 5, 0) = 0x100000000000
    mmap(0x100000001000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000001000
    mremap(0x100000000000, 8K, 8K, MREMAP_MAYMOVE|MREMAP_FIXED, 0x100000100000) = -1 EFAULT
    maps {
        100000000000-100000001000 rw-p 00000000 /dev/zero
        100000001000-100000002000 r--p 00000000
    }
    munmap(0x100000000000, 8K) = 0
    mmap(0x100000000000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    mmap(0x100000001000, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED, 5, 0) = 0x100000001000
    mremap(0x100000000000, 8K, 8K, MREMAP_MAYMOVE|MREMAP_FIXED, 0x100000100000) = -1 EFAULT
    maps {
        100000001000-100000003000 rw-p 00000000 /dev/zero
        100000100000-100000101000 r--p 00000000
    }
    mremap(0x100000001000, 4096, 4096, MREMAP_MAYMOVE|MREMAP_FIXED, 0x100000200000) = 0x100000200000
    maps {
        100000002000-100000003000 rw-p 00001000 /dev/zero
        100000100000-100000101000 r--p 00000000
        100000200000-100000201000 rw-p 100000200000 /dev/zero
    }
}
