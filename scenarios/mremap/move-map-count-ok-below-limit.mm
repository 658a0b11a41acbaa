# Control for move-map-count-enomem.mm: with a single VMA, map_count 1 <
# 5 - 3, so move_vma proceeds (mm/mremap.c:261-374). The VMA sits on the last
# page below TASK_SIZE, so in-place growth fails vma_expandable's
# get_unmapped_area(MAP_FIXED) check (addr > TASK_SIZE - len) and the MAYMOVE
# search places the grown copy top-down under mmap_base.
kernel "4.12"
sysctl vm.max_map_count = 5
process app {
    $a = mmap(0x7fffffffe000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fffffffe000
    mremap($a, 4096, 8192, MREMAP_MAYMOVE) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7fff000 rw-p 00000000
    }
}
