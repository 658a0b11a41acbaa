# When unmapped_area_topdown finds no gap in [4096, mmap_base)
# (mm/mmap.c:1767-1967), arch_get_unmapped_area_topdown falls back to the
# bottom-up arch_get_unmapped_area over [0x2aaaaaaab000, TASK_SIZE)
# (sys_x86_64.c:164-217 step 6, spec §3.4). One PROT_NONE mapping fills
# [0x1000, mmap_base); the fallback's answer is max(highest_vm_end, low) =
# 0x7ffff7fff000, i.e. just above mmap_base.
kernel "4.12"
process app {
    mmap(NULL, 0x7ffff7ffe000, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x1000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fff000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff8000000
    maps {
        00001000-7ffff7fff000 ---p 00000000
        7ffff7fff000-7ffff8000000 r--p 00000000
        7ffff8000000-7ffff8001000 rw-p 00000000
    }
}
