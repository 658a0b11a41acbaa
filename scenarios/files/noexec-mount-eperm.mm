# do_mmap MAP_PRIVATE checks (mm/mmap.c:1416-1418, spec §2.1 step 12.2,
# §2.2.6): a file on a noexec mount cannot be mapped with PROT_EXEC (EPERM),
# shared or private; without PROT_EXEC it maps, but VM_MAYEXEC is cleared, so
# mprotect cannot add PROT_EXEC afterwards. On an exec mount the inode's x
# bits are never consulted: a 0644 file maps PROT_EXEC.
kernel "4.12"

mount /mnt/nx tmpfs noexec
file /mnt/nx/lib.so size=16K mode=0755
file /data/plain.so size=16K mode=0644

process app {
    open("/mnt/nx/lib.so", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ|PROT_EXEC, MAP_PRIVATE, 3, 0) = -1 EPERM
    mmap(NULL, 4096, PROT_EXEC, MAP_SHARED, 3, 0) = -1 EPERM
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7ffe000
    mprotect(0x7ffff7ffe000, 4096, PROT_READ|PROT_EXEC) = -1 EACCES
    open("/data/plain.so", O_RDONLY) = 4
    mmap(NULL, 4096, PROT_READ|PROT_EXEC, MAP_PRIVATE, 4, 0) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7ffe000 r-xp 00000000 /data/plain.so
        7ffff7ffe000-7ffff7fff000 r--p 00000000 /mnt/nx/lib.so
    }
    status { VmLib: 4 kB }
}
