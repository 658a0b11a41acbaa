# do_mmap MAP_PRIVATE file checks, also reached from MAP_SHARED
# (mm/mmap.c:1414-1415, spec §2.1 step 12): the file must have FMODE_READ,
# else EACCES -- even for PROT_NONE or a write-only shared mapping. An
# O_WRONLY descriptor and one opened with access mode 3 (O_WRONLY|O_RDWR:
# f_mode gets neither bit, notes §3 step 6.i) both fail.
kernel "4.12"

file /data/f size=16K mode=0666

process app {
    open("/data/f", O_WRONLY) = 3
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = -1 EACCES
    mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE, 3, 0) = -1 EACCES
    mmap(NULL, 4096, PROT_WRITE, MAP_SHARED, 3, 0) = -1 EACCES
    open("/data/f", O_WRONLY|O_RDWR) = 4
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 4, 0) = -1 EACCES
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 4, 0) = -1 EACCES
    open("/data/f", O_RDONLY) = 5
    # private copy-on-write: writable even from an O_RDONLY descriptor
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE, 5, 0) = 0x7ffff7ffe000
    maps {
        7ffff7ffe000-7ffff7fff000 rw-p 00000000 /data/f
    }
    status { VmData: 4 kB  Committed_AS: 4 kB }
}
