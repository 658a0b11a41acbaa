# move_vma step 1 (mm/mremap.c:261-374, spec §8.3; quirk §11.2): a move needs
# map_count < max_map_count - 3. With max 5 and 2 VMAs, a MAYMOVE growth that
# must move fails ENOMEM; nothing changes and the charge is returned.
kernel "4.12"
sysctl vm.max_map_count = 5
process app {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    $a = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mremap($a, 4096, 8192, MREMAP_MAYMOVE) = -1 ENOMEM
    maps {
        7ffff7ffd000-7ffff7ffe000 rw-p 00000000
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
    status { Committed_AS: 4 kB }
}
