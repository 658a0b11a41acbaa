# check_mremap_params (delta §9 step 2): new_len > TASK_SIZE -> EINVAL before
# any lookup (4.12: ENOMEM later). new_len == TASK_SIZE passes the check and
# fails for lack of room (ENOMEM). Unknown flags, unaligned old address and
# new_len 0 -> EINVAL, even for an unmapped address.
# Verified on host 6.18.
kernel "6.18"
process app {
    $a = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mremap($a, 4096, 0x800000000000, MREMAP_MAYMOVE) = -1 EINVAL
    mremap(0x100000000000, 4096, 0x800000000000, MREMAP_MAYMOVE) = -1 EINVAL
    mremap($a, 4096, 0x7ffffffff000, MREMAP_MAYMOVE) = -1 ENOMEM
    mremap($a, 4096, 8K, 0x8) = -1 EINVAL
    mremap(0x100000000800, 4096, 8K, MREMAP_MAYMOVE) = -1 EINVAL
    mremap($a, 4096, 0, MREMAP_MAYMOVE) = -1 EINVAL
    maps {
        7ffff7ffe000-7ffff7fff000 rw-p 00000000
    }
}
