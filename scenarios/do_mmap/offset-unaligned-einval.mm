# sys_mmap (arch/x86/kernel/sys_x86_64.c:89-101, spec §1.1 step 1): an offset
# that is not page aligned is EINVAL. It is the first check of all, and it
# applies to anonymous mappings too, whose offset is otherwise ignored
# (sys_mmap_pgoff, mm/mmap.c:1475-1522, spec §1.2 step 3).
kernel "4.12"

process app {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 1) = -1 EINVAL
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0x800) = -1 EINVAL
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0xfff) = -1 EINVAL
    # page aligned: accepted, and ignored for an anonymous mapping
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0x1000) = 0x7ffff7ffe000
    # anonymous pgoff is addr>>12 whatever the offset, so the two merge
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0x7ff000) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7fff000 r--p 00000000
    }
}
