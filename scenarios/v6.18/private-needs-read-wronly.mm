# A mapping of an O_WRONLY descriptor fails EACCES (no FMODE_READ) for both
# types (delta §3 steps 14.3-14.4, unchanged), and a MAP_FIXED one fails in
# do_mmap, before mmap_region, so the old mapping is kept (delta §6.2).
# Verified on host 6.18.
kernel "6.18"
file /data/w size=8K mode=0666
process app {
    $a = mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    open("/data/w", O_WRONLY) = 3
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = -1 EACCES
    mmap(NULL, 4096, PROT_WRITE, MAP_SHARED, 3, 0) = -1 EACCES
    mmap($a, 4096, PROT_READ, MAP_PRIVATE|MAP_FIXED, 3, 0) = -1 EACCES
    maps {
        7ffff7ffd000-7ffff7fff000 rw-p 00000000
    }
}
