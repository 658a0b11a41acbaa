# round_hint_to_min (mm/mmap.c:1290-1297, spec §2.2.1) and the top-down hint
# test (arch/x86/kernel/sys_x86_64.c:164-217, §3.4 step 4): a hint is rounded
# down to a page; a hint that rounds to 0 means "no hint"; a free hint is
# honoured even above mmap_base; an occupied one falls back to the search.
kernel "4.12"

process app {
    mmap(0x12345678, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x12345000
    mmap(0x800, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(0x7ffff8000000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff8000000
    # hint inside the VMA at 0x12345000: taken, so the search places it
    mmap(0x12345000, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    # hint whose [addr, addr+len) would run into the next VMA: refused too
    mmap(0x12344000, 8192, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    maps {
        12345000-12346000 r--p
        7ffff7ffb000-7ffff7ffe000 ---p
        7ffff7ffe000-7ffff7fff000 r--p
        7ffff8000000-7ffff8001000 r--p
    }
}
