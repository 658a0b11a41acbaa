# READ_IMPLIES_EXEC at mmap (do_mmap step 2, mm/mmap.c:1340-1342, quirk
# §11.17): PROT_READ gains PROT_EXEC, except for files on a noexec mount
# (then nothing is added, no error). A request without PROT_READ gets no
# exec; neither does a later mprotect(PROT_WRITE) (spec §7.2 step 6.1 tests
# the requested prot for PROT_READ).
kernel "4.12"
mount /mnt/nx tmpfs noexec
file /mnt/nx/data size=4K
process app {
    personality(READ_IMPLIES_EXEC) = 0
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    $w = mmap(NULL, 4096, PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    open("/mnt/nx/data", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7ffc000
    mprotect($w, 4096, PROT_WRITE) = 0
    maps {
        7ffff7ffc000-7ffff7ffd000 r--p 00000000 /mnt/nx/data
        7ffff7ffd000-7ffff7ffe000 -w-p 00000000
        7ffff7ffe000-7ffff7fff000 r-xp 00000000
    }
}
