# do_munmap argument check (mm/mmap.c:2620-2733, spec §6.1 step 1): an
# unaligned addr is EINVAL (no rounding), and nothing is unmapped.
kernel "4.12"
process app {
    $a = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    munmap($a + 1, 4096) = -1 EINVAL
    munmap($a + 0x800, 4096) = -1 EINVAL
    maps {
        7ffff7ffd000-7ffff7fff000 r--p 00000000
    }
}
