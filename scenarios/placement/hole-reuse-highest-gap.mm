# Freed holes are reused when they are the highest gap below mmap_base that
# fits (unmapped_area_topdown, mm/mmap.c:1767-1967, spec §3.5). A hole that is
# too small is skipped: the 8K request goes below everything, the later 4K
# request lands in the 4K hole.
kernel "4.12"
process app {
    $a = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    $b = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    $c = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    munmap($b, 4096) = 0
    mmap(NULL, 8192, PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffa000
    mmap(NULL, 4096, PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    maps {
        7ffff7ffa000-7ffff7ffc000 --xp 00000000
        7ffff7ffc000-7ffff7ffd000 r--p 00000000
        7ffff7ffd000-7ffff7ffe000 --xp 00000000
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
}
