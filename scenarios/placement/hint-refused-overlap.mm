# A hint whose range would overlap an existing VMA is refused and the normal
# top-down search runs (sys_x86_64.c:164-217 step 4: addr + len <= vm_start_gap(vma)
# fails; spec §3.4). A hint touching the VMA's end (not overlapping) is taken.
kernel "4.12"
process app {
    mmap(0x10000000, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000000
    mmap(0x10001000, 4096, PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(0xffff000, 8192, PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mmap(0x10002000, 4096, PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10002000
    maps {
        10000000-10002000 r--p 00000000
        10002000-10003000 --xp 00000000
        7ffff7ffc000-7ffff7ffe000 --xp 00000000
        7ffff7ffe000-7ffff7fff000 -w-p 00000000
    }
}
