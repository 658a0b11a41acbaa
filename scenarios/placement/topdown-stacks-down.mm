# Top-down layout: with RLIMIT_STACK 8M and no ASLR, mmap_base = 0x7ffff7fff000
# (spec §3.1, arch/x86/mm/mmap.c:95-133, gap clamped up to 128 MiB). Each search
# (arch_get_unmapped_area_topdown, sys_x86_64.c:164-217; unmapped_area_topdown,
# mm/mmap.c:1767-1967) returns the highest fit below mmap_base, so successive
# mappings stack downward. Different prots keep them from merging.
kernel "4.12"
process app {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    maps {
        7ffff7ffb000-7ffff7ffc000 ---p 00000000
        7ffff7ffc000-7ffff7ffe000 rw-p 00000000
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
    status { VmSize: 16 kB  MapCount: 3 }
}
