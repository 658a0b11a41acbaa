# mremap_to checks (mm/mremap.c:428-485, spec §8.3 MREMAP_FIXED path):
# unaligned new_addr -> EINVAL; new range beyond TASK_SIZE -> EINVAL (not
# ENOMEM); old and new ranges overlapping -> EINVAL. Nothing changes.
kernel "4.12"
process app {
    $a = mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mremap($a, 8192, 8192, MREMAP_MAYMOVE|MREMAP_FIXED, 0x10000800) = -1 EINVAL
    mremap($a, 8192, 8192, MREMAP_MAYMOVE|MREMAP_FIXED, 0x7fffffffe000) = -1 EINVAL
    mremap($a, 8192, 8192, MREMAP_MAYMOVE|MREMAP_FIXED, $a + 4096) = -1 EINVAL
    mremap($a, 8192, 16384, MREMAP_MAYMOVE|MREMAP_FIXED, $a - 12288) = -1 EINVAL
    maps {
        7ffff7ffd000-7ffff7fff000 rw-p 00000000
    }
}
