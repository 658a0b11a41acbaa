# READ_IMPLIES_EXEC (spec §7.2 step 6.1, quirk §11.17): with the personality
# flag, mprotect(PROT_READ) adds PROT_EXEC per VMA that has VM_MAYEXEC. A
# noexec-mount file mapping lacks VM_MAYEXEC, so it just becomes r-- (no
# EACCES). personality() returns the old value, 0 (kernel/exec_domain.c:49-57).
kernel "4.12"
mount /mnt/nx tmpfs noexec
file /mnt/nx/data size=4K
process app {
    open("/mnt/nx/data", O_RDONLY) = 3
    mmap(0x10001000, 4096, PROT_NONE, MAP_PRIVATE, 3, 0) = 0x10001000
    mmap(0x10000000, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000000
    personality(READ_IMPLIES_EXEC) = 0
    mprotect(0x10000000, 8192, PROT_READ) = 0
    maps {
        10000000-10001000 r-xp 00000000
        10001000-10002000 r--p 00000000 /mnt/nx/data
    }
}
