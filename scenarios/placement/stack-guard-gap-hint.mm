# The hint test (sys_x86_64.c:164-217 step 4) requires addr + len <=
# vm_start_gap(vma): a hint inside the 1 MiB guard gap below a MAP_GROWSDOWN
# VMA is refused, one just below the gap is taken. MAP_FIXED ignores the gap
# (spec §3.5 "Consequences").
kernel "4.12"
process app {
    mmap(0x10100000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_GROWSDOWN, -1, 0) = 0x10100000
    mmap(0x10000000, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mmap(0xffff000, 4096, PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0xffff000
    mmap(0x100ff000, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100ff000
    maps {
        0ffff000-10000000 --xp 00000000
        100ff000-10100000 ---p 00000000
        10100000-10101000 rw-p 00000000
        7ffff7ffd000-7ffff7fff000 r--p 00000000
    }
}
