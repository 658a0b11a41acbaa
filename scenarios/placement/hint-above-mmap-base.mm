# Hints above mmap_base (0x7ffff7fff000) are honoured: the hint test only
# compares against TASK_SIZE (0x7ffffffff000), never mmap_base
# (sys_x86_64.c:164-217 step 4, spec §3.4 and quirk §11.5). The very last page
# below TASK_SIZE is acceptable; a hint one page too high is refused and the
# search goes top-down from mmap_base.
kernel "4.12"
process app {
    mmap(0x7ffff8000000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff8000000
    mmap(0x7fffffffe000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fffffffe000
    mmap(0x7fffffffe000, 8192, PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7fff000 --xp 00000000
        7ffff8000000-7ffff8001000 r--p 00000000
        7fffffffe000-7ffffffff000 rw-p 00000000
    }
}
