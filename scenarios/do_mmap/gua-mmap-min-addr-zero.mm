# cap_mmap_addr (security/commoncap.c:1052-1064, spec §3.2 step 7): with
# vm.mmap_min_addr = 0 the test `addr < 0` never holds, so even an
# unprivileged process may map page 0 with MAP_FIXED. A hint of 0 still
# means "no hint" (round_hint_to_min, mm/mmap.c:1290-1297).
kernel "4.12"

sysctl vm.mmap_min_addr = 0

process user uid=1000 {
    mmap(0, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0
    mmap(0, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    maps {
        00000000-00001000 r--p
        7ffff7ffe000-7ffff7fff000 ---p
    }
}
