# mprotect_fixup splits (split_vma new_below=1 at start, then at end;
# mm/mprotect.c:279-372, mm/mmap.c:2539-2613): each piece of a file mapping
# keeps a consistent offset. Making a private file mapping writable charges
# commit (old flags lack VM_ACCOUNT|VM_WRITE|VM_SHARED, spec §7.3 step 2.2).
kernel "4.12"
file /data/f size=16K
process app {
    openat(AT_FDCWD, "/data/f", O_RDONLY) = 3
    $f = mmap(NULL, 16384, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7ffb000
    mprotect($f + 4096, 8192, PROT_READ|PROT_WRITE) = 0
    maps {
        7ffff7ffb000-7ffff7ffc000 r--p 00000000 /data/f
        7ffff7ffc000-7ffff7ffe000 rw-p 00001000 /data/f
        7ffff7ffe000-7ffff7fff000 r--p 00003000 /data/f
    }
    status { MapCount: 3  Committed_AS: 8 kB }
}
