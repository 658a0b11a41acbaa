# do_mmap's map-count check is strict (map_count > max_map_count -> ENOMEM,
# mm/mmap.c:1357-1358, quirk §11.2): with max 2 a third VMA is still allowed
# (max + 1), a fourth is not. Back at the limit, MAP_FIXED over the middle of
# a VMA passes do_mmap but mmap_region's do_munmap would need a 3-way split
# at map_count >= max (mm/mmap.c:1628-1632, §6.1 step 5.1) -> ENOMEM, with
# nothing unmapped yet.
kernel "4.12"
sysctl vm.max_map_count = 2
process app {
    $a = mmap(NULL, 12288, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    $c = mmap(NULL, 4096, PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffa000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    munmap($c, 4096) = 0
    mmap($a + 4096, 4096, PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
    maps {
        7ffff7ffb000-7ffff7ffc000 rw-p 00000000
        7ffff7ffc000-7ffff7fff000 r--p 00000000
    }
    status { MapCount: 2 }
}
