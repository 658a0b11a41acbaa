# do_mmap (mm/mmap.c:1357-1358, spec §2.1 step 6, §11.2): the map-count check
# is `map_count > max_map_count`, so a process holding exactly max VMAs may
# map once more and reach max + 1.
kernel "4.12"

sysctl vm.max_map_count = 3

process app {
    # alternate protections so that nothing merges
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    # map_count == 3 == max: still allowed
    mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    # map_count == 4 > 3
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    status { MapCount: 4  VmSize: 16 kB }
}
