# mmap_base rounds UP (PAGE_ALIGN) (arch/x86/mm/mmap.c:95-133, spec §3.1):
# RLIMIT_STACK = 200 MiB + 1 -> 0x7ffffffff000 - 0xc800001 = 0x7ffff37fefff,
# aligned up to 0x7ffff37ff000.
kernel "4.12"
process app {
    rlimit RLIMIT_STACK 209715201
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff37fe000
    maps {
        7ffff37fe000-7ffff37ff000 r--p 00000000
    }
}
