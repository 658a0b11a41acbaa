# Linux 4.12 on an LA57 CPU: it has no 5-level paging (4.14 brought it),
# so TASK_SIZE stays 2^47 less a page and nothing above can be mapped,
# unmapped or named as a hint (compare task-size-56-bits.mm and
# hints-above-128t.mm, the same calls under 6.12).
kernel "4.12"
arch x86_64 la57
process app {
    mmap(0x10000000000000, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM (Cannot allocate memory)
    mmap(0x800000000000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM (Cannot allocate memory)
    mmap(0x7ffffffff000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM (Cannot allocate memory)
    mmap(0x10000000000000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(0xffff00000000, 0x1000000000000, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM (Cannot allocate memory)
    munmap(0x800000000000, 4096) = -1 EINVAL (Invalid argument)
    munmap(0x7ffffffff000, 4096) = -1 EINVAL (Invalid argument)
    maps {
        7ffff7ffe000-7ffff7fff000 r--p 00000000 00:00 0
    }
}
