# copy_vma (mm/mmap.c:3070-3073) gives a never-faulted anonymous VMA the
# pgoff of its new place. vma_is_anonymous (include/linux/mm.h:1396) means
# "no vm_ops", and mmap_zero (drivers/char/mem.c:682-690) sets none for a
# private /dev/zero mapping: it is anonymous memory that keeps /dev/zero as
# its file, so its offset column follows it to the new address. Once
# faulted (MAP_POPULATE of a writable private mapping gives it an anon_vma)
# it keeps its offset.
kernel "4.12"
device /dev/zero zero
process app {
    open("/dev/zero", O_RDWR) = 3
    mmap(0x100000000000, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED, 3, 0) = 0x100000000000
    mremap(0x100000000000, 4096, 4096, MREMAP_MAYMOVE|MREMAP_FIXED, 0x100000200000) = 0x100000200000
    mmap(0x100000010000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_POPULATE, 3, 12K) = 0x100000010000
    mremap(0x100000010000, 4096, 4096, MREMAP_MAYMOVE|MREMAP_FIXED, 0x100000300000) = 0x100000300000
    maps {
        100000001000-100000002000 rw-p 00001000 /dev/zero
        100000200000-100000201000 rw-p 100000200000 /dev/zero
        100000300000-100000301000 rw-p 00003000 /dev/zero
    }
}
