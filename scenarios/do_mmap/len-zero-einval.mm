# do_mmap (mm/mmap.c:1331, spec §2.1 step 1): len == 0 -> EINVAL. Any other
# length is rounded up to whole pages (step 4, :1348-1350), so len 1 maps a page.
kernel "4.12"

process app {
    mmap(NULL, 0, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 EINVAL
    mmap(NULL, 0, PROT_READ, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = -1 EINVAL
    mmap(NULL, 1, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(NULL, 4097, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    maps {
        7ffff7ffc000-7ffff7ffe000 ---p
        7ffff7ffe000-7ffff7fff000 r--p
    }
    status { VmSize: 12 kB  MapCount: 2 }
}
