# MREMAP_FIXED with old_len > new_len (spec §8.3 fixed step 5): the old tail
# beyond new_len is unmapped, then only new_len is moved.
kernel "4.12"
process app {
    $a = mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mremap($a, 12288, 4096, MREMAP_MAYMOVE|MREMAP_FIXED, 0x10000000) = 0x10000000
    maps {
        10000000-10001000 rw-p 00000000
    }
    status { VmSize: 4 kB  Committed_AS: 4 kB  MapCount: 1 }
}
