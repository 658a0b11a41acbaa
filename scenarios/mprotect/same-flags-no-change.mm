# mprotect_fixup step 1 (spec §7.3): newflags == vma flags -> nothing to do,
# no split. mprotect of the middle page to its current protection leaves one
# VMA, even at the map-count limit.
kernel "4.12"
sysctl vm.max_map_count = 1
process app {
    $a = mmap(NULL, 12288, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mprotect($a + 4096, 4096, PROT_READ) = 0
    maps {
        7ffff7ffc000-7ffff7fff000 r--p 00000000
    }
    status { MapCount: 1 }
}
