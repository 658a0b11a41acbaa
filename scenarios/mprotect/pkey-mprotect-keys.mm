# pkey_mprotect's key is an int: -1 (whatever the high bits say) names no
# key and the call is mprotect; any other key must be allocated
# (mm/mprotect.c:403, arch/x86/include/asm/pkeys.h:47-59), and that check
# comes before the VMA lookup. The language's machine has no protection
# keys (and 4.12 never lets pkey 0 be named anyway).
kernel "4.12"

process app {
    $a = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    pkey_mprotect($a, 4096, PROT_READ|PROT_WRITE, -1) = 0
    pkey_mprotect($a, 4096, PROT_READ|PROT_WRITE, 0x1ffffffff) = 0
    pkey_mprotect($a, 4096, PROT_READ, 0) = -1 EINVAL (Invalid argument)
    pkey_mprotect($a, 4096, PROT_READ, 1) = -1 EINVAL (Invalid argument)
    pkey_mprotect($a, 4096, PROT_READ, 16) = -1 EINVAL (Invalid argument)
    pkey_mprotect(NULL, 4096, PROT_READ, -1) = -1 ENOMEM (Cannot allocate memory)
    pkey_mprotect(NULL, 4096, PROT_READ, 0) = -1 EINVAL (Invalid argument)
    maps {
        7ffff7ffd000-7ffff7ffe000 rw-p 00000000
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
}
