# Range walk (mm/mprotect.c:415-492, spec §7.2): no VMA ending above start ->
# ENOMEM; start inside a hole below a VMA -> ENOMEM. Nothing changes.
kernel "4.12"
process app {
    mmap(0x10001000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10001000
    mprotect(0x20000000, 4096, PROT_READ) = -1 ENOMEM
    mprotect(0x10000000, 8192, PROT_READ) = -1 ENOMEM
    maps {
        10001000-10002000 rw-p 00000000
    }
}
