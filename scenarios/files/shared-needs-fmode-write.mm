# do_mmap MAP_SHARED file checks (mm/mmap.c:1392-1393 and :1408-1410, spec
# §2.1 step 12, §2.3, §9.1): PROT_WRITE needs FMODE_WRITE (EACCES). A
# read-only shared mapping of an O_RDONLY file keeps VM_MAYSHARE (printed `s`)
# but loses VM_MAYWRITE, so mprotect cannot make it writable later. Only the
# open mode matters, never the inode's mode bits (§2.1 "does not check").
kernel "4.12"

file /data/f size=16K mode=0444

process app {
    open("/data/f", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = -1 EACCES
    mmap(NULL, 4096, PROT_WRITE, MAP_SHARED, 3, 0) = -1 EACCES
    mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0x1000) = 0x7ffff7ffe000
    mprotect(0x7ffff7ffe000, 4096, PROT_READ|PROT_WRITE) = -1 EACCES
    # root opens the 0444 file O_RDWR (CAP_DAC_OVERRIDE); FMODE_WRITE is enough
    open("/data/f", O_RDWR) = 4
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 4, 0) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7ffe000 rw-s 00000000 /data/f
        7ffff7ffe000-7ffff7fff000 r--s 00001000 /data/f
    }
    status { VmData: 0 kB  Committed_AS: 0 kB }
}
