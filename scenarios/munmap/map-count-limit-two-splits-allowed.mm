# The map-count test in do_munmap (mm/mmap.c:2620-2733, spec §6.1 step 5.1)
# only fires when the range lies strictly inside ONE VMA. A range that splits
# two different VMAs (tail of one, head of the next) passes at the limit; the
# count transiently reaches max + 2 and ends neutral.
kernel "4.12"
sysctl vm.max_map_count = 3
process app {
    mmap(NULL, 12288, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffa000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ff9000
    munmap(0x7ffff7ffb000, 8192) = 0
    maps {
        7ffff7ff9000-7ffff7ffa000 r--p 00000000
        7ffff7ffa000-7ffff7ffb000 rw-p 00000000
        7ffff7ffd000-7ffff7fff000 r--p 00000000
    }
    status { MapCount: 3 }
}
