# A file on a noexec mount mapped without PROT_EXEC loses VM_MAYEXEC
# (do_mmap, mm/mmap.c:1416-1418); mprotect(PROT_EXEC) is then EACCES
# (spec §7.2 step 6.3), not EPERM as mmap would say.
kernel "4.12"
mount /mnt/nx tmpfs noexec
file /mnt/nx/tool size=8K mode=0755
process app {
    open("/mnt/nx/tool", O_RDONLY) = 3
    $t = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7ffd000
    mprotect($t, 8192, PROT_READ|PROT_EXEC) = -1 EACCES
    maps {
        7ffff7ffd000-7ffff7fff000 r--p 00000000 /mnt/nx/tool
    }
}
