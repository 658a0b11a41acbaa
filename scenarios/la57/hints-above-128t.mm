# 5-level paging (an LA57 CPU; CONFIG_X86_5LEVEL, 6.x): TASK_SIZE is 2^56
# less a page, but mmap_base and every search without a hint stay in
# DEFAULT_MAP_WINDOW, the 4-level 2^47 (arch/x86/kernel/sys_x86_64.c). A
# hint above it opts in: it is taken if free, else the top-down search
# starts at mmap_base raised by the rest of the address space. A hint that
# straddles 2^47 is no hint (mmap_address_hint_valid).
kernel "6.12"
arch x86_64 la57
process app {
    mmap(0x10000000000000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x10000000000000
    mmap(0x10000000000000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0xfffffff7ffe000
    mmap(0x800000000000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x800000000000
    mmap(0x7ffffffff000, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    # A 2^48-byte mapping fits only with a hint above the window.
    mmap(NULL, 0x1000000000000, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM (Cannot allocate memory)
    mmap(0xffff00000000, 0x1000000000000, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0xffff00000000
    maps {
        7ffff7ffc000-7ffff7fff000 r--p 00000000 00:00 0
        800000000000-800000001000 r--p 00000000 00:00 0
        ffff00000000-1ffff00000000 r--p 00000000 00:00 0
        10000000000000-10000000001000 r--p 00000000 00:00 0
        fffffff7ffe000-fffffff7fff000 r--p 00000000 00:00 0
    }
}
