# Shrinking (spec §8.3 non-fixed step 1): the tail is unmapped with do_munmap,
# old_addr is returned; the tail's commit charge is returned.
kernel "4.12"
process app {
    $a = mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mremap($a, 12288, 4096, 0) = 0x7ffff7ffc000
    maps {
        7ffff7ffc000-7ffff7ffd000 rw-p 00000000
    }
    status { VmSize: 4 kB  Committed_AS: 4 kB }
}
