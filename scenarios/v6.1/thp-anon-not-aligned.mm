# 6.1 places anonymous memory with the mm's plain top-down search, whatever
# its length (6.1 mm/mmap.c get_unmapped_area has no THP case for it; 6.7
# added one: v6.12/thp-anon-aligned.mm).
# Verified on Debian's 6.1 (6.1.192) in a VM.
kernel "6.1"
process app {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(NULL, 2097152, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dfe000
    mmap(NULL, 2101248, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7bfd000
    mmap(NULL, 2097152, PROT_READ, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = 0x7ffff79fd000
    maps {
        7ffff79fd000-7ffff7bfd000 r--s 00000000 /dev/zero (deleted)
        7ffff7bfd000-7ffff7ffe000 rw-p 00000000
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
}
