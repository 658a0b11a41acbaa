# mprotect_fixup step 4.2 (mm/mprotect.c:279-372, spec §7.3): the first split
# succeeds (map_count 2 < 3), the second finds map_count 3 >= 3 and fails
# ENOMEM. The first split stays, flags unchanged (partial effect).
kernel "4.12"
sysctl vm.max_map_count = 3
process app {
    $a = mmap(NULL, 12288, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    mprotect($a + 4096, 4096, PROT_READ|PROT_EXEC) = -1 ENOMEM
    maps {
        7ffff7ffb000-7ffff7ffc000 rw-p 00000000
        7ffff7ffc000-7ffff7ffd000 r--p 00000000
        7ffff7ffd000-7ffff7fff000 r--p 00000000
    }
    status { MapCount: 3  Committed_AS: 4 kB }
}
