# PROT_GROWSDOWN on a VMA without VM_GROWSDOWN -> EINVAL (spec §7.2 step
# 3.3); PROT_GROWSUP on a mapped start -> EINVAL (x86 has no VM_GROWSUP, step
# 4.2) but on a hole the hole test (ENOMEM, step 4.1) comes first.
kernel "4.12"
process app {
    $a = mmap(0x10000000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000000
    mprotect($a, 4096, PROT_READ|PROT_GROWSDOWN) = -1 EINVAL
    mprotect($a, 4096, PROT_READ|PROT_GROWSUP) = -1 EINVAL
    mprotect($a - 4096, 8192, PROT_READ|PROT_GROWSUP) = -1 ENOMEM
    maps {
        10000000-10001000 rw-p 00000000
    }
}
