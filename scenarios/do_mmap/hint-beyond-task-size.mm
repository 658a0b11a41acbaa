# Top-down hint test (arch/x86/kernel/sys_x86_64.c:164-217, spec §3.4 step
# 4): a non-MAP_FIXED hint is used only if TASK_SIZE - len >= addr and the
# range is free; otherwise it is silently replaced by the search result --
# it is never an error, unlike the same address with MAP_FIXED (§3.2 step 5).
kernel "4.12"

process app {
    mmap(0x7ffffffff000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(0xfffffffffffff000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mmap(0x7fffffffe000, 8192, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    # the last page below TASK_SIZE fits exactly
    mmap(0x7fffffffe000, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fffffffe000
    maps {
        7ffff7ffb000-7ffff7ffd000 ---p
        7ffff7ffd000-7ffff7fff000 r--p
        7fffffffe000-7ffffffff000 ---p
    }
}
