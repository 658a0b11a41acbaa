# A writable shared mapping needs a file opened for writing.
kernel "4.12"

mount /mnt/nx tmpfs noexec
file /data/ro.bin size=16K mode=0644
file /mnt/nx/tool size=8K mode=0755

process app uid=1000 {
    openat(AT_FDCWD, "/data/ro.bin", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = -1 EACCES (Permission denied)
    $ro = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7ffd000
    mprotect($ro, 4096, PROT_READ|PROT_WRITE) = 0     # private: VM_MAYWRITE is kept
    open("/mnt/nx/tool", O_RDONLY) = 4
    mmap(NULL, 4096, PROT_READ|PROT_EXEC, MAP_PRIVATE, 4, 0) = -1 EPERM
    maps {
        7ffff7ffd000-7ffff7ffe000 rw-p 00000000 /data/ro.bin
        7ffff7ffe000-7ffff7fff000 r--p 00001000 /data/ro.bin
    }
}
