# A file without an mmap method fails can_mmap_file() in do_mmap with ENODEV
# (delta §3 step 14.4.3) -- before mmap_region -- so a MAP_FIXED request keeps
# the old mapping. Contrast map-sync-shared-ext4-fixed-hole.mm, where the
# error comes from ->mmap and leaves a hole. (A fifo opened O_RDWR does not
# block.)
# Verified on host 6.18.
kernel "6.18"
fifo /data/pipe
process app {
    $a = mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    open("/data/pipe", O_RDWR) = 3
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = -1 ENODEV
    mmap($a, 4096, PROT_READ, MAP_SHARED|MAP_FIXED, 3, 0) = -1 ENODEV
    maps {
        7ffff7ffd000-7ffff7fff000 rw-p 00000000
    }
}
