# A MAP_SHARED mapping of an O_RDONLY file loses VM_MAYWRITE (do_mmap,
# mm/mmap.c:1408-1410); mprotect's permission check (spec §7.2 step 6.3,
# mm/mprotect.c:415-492) then refuses PROT_WRITE with EACCES. A MAP_PRIVATE
# mapping of the same fd keeps VM_MAYWRITE and may become writable.
kernel "4.12"
file /data/ro.bin size=8K
process app uid=1000 {
    openat(AT_FDCWD, "/data/ro.bin", O_RDONLY) = 3
    $s = mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0) = 0x7ffff7ffe000
    mprotect($s, 4096, PROT_READ|PROT_WRITE) = -1 EACCES
    $p = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 4096) = 0x7ffff7ffd000
    mprotect($p, 4096, PROT_READ|PROT_WRITE) = 0
    maps {
        7ffff7ffd000-7ffff7ffe000 rw-p 00001000 /data/ro.bin
        7ffff7ffe000-7ffff7fff000 r--s 00000000 /data/ro.bin
    }
}
