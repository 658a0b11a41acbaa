# With 5-level paging every TASK_SIZE check reads 2^56 less a page:
# MAP_FIXED, munmap, mprotect and mremap reach above 2^47, and stop there.
# Linux 4.12 has no 5-level paging: on the same CPU it runs 4-level, and
# all of these are out of range (la57-on-4.12.mm).
kernel "6.12"
arch x86_64 la57
process app {
    $h = mmap(0x10000000000000, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x10000000000000
    mmap(0xfffffffffff000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM (Cannot allocate memory)
    mmap(0xffffffffffe000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0xffffffffffe000
    mmap(0x100000000000000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM (Cannot allocate memory)
    munmap(0xfffffffffff000, 4096) = -1 EINVAL (Invalid argument)
    munmap(0xffffffffffe000, 4096) = 0
    mprotect($h, 4096, PROT_NONE) = 0
    mremap($h + 4096, 4096, 8192, MREMAP_MAYMOVE|MREMAP_FIXED, 0x20000000000000) = 0x20000000000000
    mremap($h, 4096, 4096, MREMAP_MAYMOVE|MREMAP_FIXED, 0xfffffffffff000) = -1 EINVAL (Invalid argument)
    maps {
        10000000000000-10000000001000 ---p 00000000 00:00 0
        20000000000000-20000000002000 r--p 00000000 00:00 0
    }
}
