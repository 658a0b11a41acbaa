# Check order in do_mmap (spec §11.1 items 5-6): the map count
# (mm/mmap.c:1357-1358, ENOMEM) is checked before address selection
# (:1363-1365), so a MAP_FIXED address that get_unmapped_area would reject
# with EINVAL (mm/mmap.c:2070-2110, §3.2 step 6) yields ENOMEM instead.
kernel "4.12"

sysctl vm.max_map_count = 1

process app {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mmap(0x10000800, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
    munmap(0x7ffff7ffd000, 4096) = 0
    mmap(0x10000800, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EINVAL
    maps {
        7ffff7ffe000-7ffff7fff000 r--p
    }
}
