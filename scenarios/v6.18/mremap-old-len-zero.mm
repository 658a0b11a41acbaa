# old_len == 0 (delta §9 step 5.5, 4.17): on a private mapping -> EINVAL; on a
# shared mapping with MREMAP_MAYMOVE it still creates a second mapping of the
# same pages (here shared anonymous memory, same /dev/zero (deleted) object).
# The copy at 0x7ffff7ffc000 has pgoff 0 like the original above it, so the
# two do not merge.
# Verified on host 6.18.
kernel "6.18"
process app {
    $a = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mremap($a, 0, 4096, MREMAP_MAYMOVE) = -1 EINVAL
    $s = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mremap($s, 0, 4096, MREMAP_MAYMOVE) = 0x7ffff7ffc000
    maps {
        7ffff7ffc000-7ffff7ffd000 rw-s 00000000 /dev/zero (deleted)
        7ffff7ffd000-7ffff7ffe000 rw-s 00000000 /dev/zero (deleted)
        7ffff7ffe000-7ffff7fff000 rw-p 00000000
    }
}
