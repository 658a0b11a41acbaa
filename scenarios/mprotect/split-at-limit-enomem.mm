# split_vma (mm/mmap.c:2539-2613, spec §6.2) refuses with ENOMEM when
# map_count >= max_map_count. mprotect of the middle page needs two splits;
# with the process at the limit the first split fails and nothing changes
# (mprotect_fixup, mm/mprotect.c:279-372, step 4.1).
kernel "4.12"
sysctl vm.max_map_count = 2
process app {
    $a = mmap(NULL, 12288, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    mprotect($a + 4096, 4096, PROT_READ|PROT_EXEC) = -1 ENOMEM
    maps {
        7ffff7ffb000-7ffff7ffc000 rw-p 00000000
        7ffff7ffc000-7ffff7fff000 r--p 00000000
    }
    status { MapCount: 2 }
}
