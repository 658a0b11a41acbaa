# do_mprotect_pkey argument checks in order (mm/mprotect.c:377-400, spec §7.1):
# 1 GROWSDOWN|GROWSUP both -> EINVAL; 2 unaligned start -> EINVAL (even with
# len 0, since 2 precedes 3); 3 len 0 -> 0 without any lookup; 4 end <= start
# after PAGE_ALIGN -> ENOMEM (before the prot check 5, so a bad prot is
# hidden); 5 unknown prot bits -> EINVAL (before the lookup, so on an unmapped
# address it is EINVAL, not ENOMEM). PROT_SEM is accepted.
kernel "4.12"
process app {
    $a = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mprotect($a, 4096, PROT_READ|PROT_GROWSDOWN|PROT_GROWSUP) = -1 EINVAL
    mprotect($a + 1, 0, PROT_READ) = -1 EINVAL
    mprotect(0x10000000, 0, PROT_READ) = 0
    mprotect($a, 0xfffffffffffff000, PROT_READ) = -1 ENOMEM
    mprotect($a, 0xffffffffffffffff, 0x10) = -1 ENOMEM
    mprotect(0x10000000, 4096, 0x10) = -1 EINVAL
    mprotect($a, 4096, PROT_READ|PROT_SEM) = 0
    maps {
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
}
