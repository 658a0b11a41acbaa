# Classic file checks, unchanged from 4.12 (delta §3 step 14): MAP_SHARED +
# PROT_WRITE needs FMODE_WRITE (EACCES); any mapping needs FMODE_READ
# (EACCES on O_WRONLY); PROT_EXEC on a noexec mount -> EPERM, while a
# non-exec private mapping there works; a read-only shared mapping of an
# O_RDONLY fd works but cannot be mprotect'ed writable (no VM_MAYWRITE).
# Verified on host 6.18 (noexec tmpfs in a private mount namespace).
kernel "6.18"
mount /mnt/nx tmpfs noexec
file /data/ro.bin size=16K mode=0644
file /mnt/nx/tool size=8K mode=0755
process app uid=1000 {
    open("/data/ro.bin", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = -1 EACCES
    $s = mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0) = 0x7ffff7ffe000
    mprotect($s, 4096, PROT_READ|PROT_WRITE) = -1 EACCES
    open("/data/ro.bin", O_WRONLY) = -1 EACCES
    open("/mnt/nx/tool", O_RDONLY) = 4
    mmap(NULL, 4096, PROT_READ|PROT_EXEC, MAP_PRIVATE, 4, 0) = -1 EPERM
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7ffe000 r--p 00000000 /mnt/nx/tool
        7ffff7ffe000-7ffff7fff000 r--s 00000000 /data/ro.bin
    }
}
