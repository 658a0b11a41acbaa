# do_munmap (mm/mmap.c:2620-2733, spec §6.1 step 5.1): a range strictly
# inside one VMA would make 3 pieces; with map_count >= max_map_count that is
# ENOMEM and nothing changes. Unmapping the same VMA's tail needs no extra VMA
# and succeeds at the limit (__split_vma has no count check).
kernel "4.12"
sysctl vm.max_map_count = 3
process app {
    $a = mmap(NULL, 12288, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffa000
    munmap($a + 4096, 4096) = -1 ENOMEM
    munmap($a + 8192, 4096) = 0
    maps {
        7ffff7ffa000-7ffff7ffb000 r--p 00000000
        7ffff7ffb000-7ffff7ffc000 rw-p 00000000
        7ffff7ffc000-7ffff7ffe000 r--p 00000000
    }
    status { MapCount: 3 }
}
