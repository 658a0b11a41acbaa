# MAP_FIXED beats MAP_32BIT (sys_x86_64.c:164-217 step 2 returns the fixed
# address before the MAP_32BIT branch; spec §3.4, quirk §11.4).
kernel "4.12"
process app {
    mmap(0x100000000000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_32BIT|MAP_FIXED, -1, 0) = 0x100000000000
    maps {
        100000000000-100000001000 r--p 00000000
    }
}
