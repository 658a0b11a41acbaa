# Check order in do_mmap (spec §11.1): len == 0 (mm/mmap.c:1331, EINVAL) is
# tested before the map count (:1357-1358, ENOMEM).
# With max_map_count = 1 a second VMA is still allowed (1 > 1 is false).
kernel "4.12"

sysctl vm.max_map_count = 1

process app {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    mmap(NULL, 0, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 EINVAL
    mmap(NULL, -1, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    status { MapCount: 2 }
}
