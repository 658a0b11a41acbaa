# From 6.7 private anonymous memory without a hint whose length is a
# multiple of 2 MiB is placed THP-aligned (6.12 mm/mmap.c
# __get_unmapped_area: thp_get_unmapped_area_vmflags searches for 4 MiB and
# takes the top 2 MiB of the hole when top-down). Other lengths, shared
# memory and hinted calls are placed as before. 6.1 places all of them
# plainly (v6.1/thp-anon-not-aligned.mm).
# Verified on Debian's 6.12 (6.12.118) in a VM.
kernel "6.12"
process app {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(NULL, 2097152, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7c00000
    mmap(NULL, 2101248, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff79ff000
    mmap(NULL, 2097152, PROT_READ, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = 0x7ffff77ff000
    maps {
        7ffff77ff000-7ffff79ff000 r--s 00000000 /dev/zero (deleted)
        7ffff79ff000-7ffff7e00000 rw-p 00000000
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
}
