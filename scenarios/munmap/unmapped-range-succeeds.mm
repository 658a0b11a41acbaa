# do_munmap (mm/mmap.c:2620-2733, spec §6.1 steps 3-4): no VMA ending above
# addr, or the first such VMA starting at or after the end -> return 0.
# Unmapping nothing is a success and changes nothing.
kernel "4.12"
process app {
    munmap(0x10000000, 4096) = 0
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    munmap(0x7ffff7ffd000, 4096) = 0
    munmap(0x7ffff7fff000, 0x100000) = 0
    maps {
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
}
