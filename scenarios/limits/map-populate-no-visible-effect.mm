# vm_mmap_pgoff / do_mmap populate (mm/util.c:296-317, spec §1.3 step 5,
# §1.4): MAP_POPULATE (and MAP_POPULATE|MAP_NONBLOCK, which cancels it) adds
# no VM flag (§2.2.3), never changes the result and never changes
# /proc/PID/maps or the counters; populated VMAs still merge with new ones.
kernel "4.12"

process app uid=1000 {
    mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = 0x7ffff7ffd000
    mmap(NULL, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mmap(NULL, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE|MAP_NONBLOCK, -1, 0) = 0x7ffff7ffb000
    mmap(NULL, 4K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = 0x7ffff7ffa000
    mmap(NULL, 4K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = 0x7ffff7ff9000
    maps {
        7ffff7ff9000-7ffff7ffa000 rw-s 00000000 /dev/zero (deleted)
        7ffff7ffa000-7ffff7ffb000 ---p
        7ffff7ffb000-7ffff7ffc000 r--p
        7ffff7ffc000-7ffff7fff000 rw-p
    }
    status { VmLck: 0 kB  VmData: 12 kB  Committed_AS: 16 kB }
}
