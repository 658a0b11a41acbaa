# do_mmap (mm/mmap.c:1348-1350, spec §2.1 step 4): PAGE_ALIGN(len) wraps to 0
# for len >= 2^64-4095 -> ENOMEM (not EINVAL: the len == 0 test at :1331 saw a
# non-zero length). A length that does not wrap but exceeds TASK_SIZE is
# refused later by get_unmapped_area (mm/mmap.c:2070-2110, §3.2 step 2), also ENOMEM.
kernel "4.12"

process app {
    mmap(NULL, 0xfffffffffffff001, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    mmap(NULL, -1, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    mmap(NULL, 0xfffffffffffff000, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    maps { }
}
