# do_munmap (mm/mmap.c:2620-2733, spec §6.1 step 2): len is page-aligned
# and a zero result is EINVAL, so munmap(x, 0) fails even on a mapped page.
# A non-zero unaligned len is rounded up: 1 byte unmaps a whole page.
kernel "4.12"
process app {
    $a = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    munmap($a, 0) = -1 EINVAL
    munmap($a, 1) = 0
    maps {
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
}
