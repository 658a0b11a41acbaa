# Before a move to a new address unmaps anything, mremap_to wants room for
# both source and destination to split in three: map_count + 2 must stay
# below vm.max_map_count - 3 (6.12 mm/mremap.c mremap_to, since 4.17;
# 6.18 check_mremap_params). With max_map_count 6 and two VMAs the move is
# ENOMEM and the destination survives; 4.12 unmapped the destination first
# and then failed in move_vma.
# Verified on Debian's 6.12 (6.12.118) in a VM.
kernel "6.12"
sysctl vm.max_map_count = 6
process app {
    $a = mmap(0x100000000000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    $d = mmap(0x100000100000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000100000
    mremap($a, 4096, 4096, MREMAP_MAYMOVE|MREMAP_FIXED, $d) = -1 ENOMEM (Cannot allocate memory)
    mremap($a, 4096, 4096, MREMAP_MAYMOVE|MREMAP_DONTUNMAP, 0) = -1 ENOMEM (Cannot allocate memory)
    mremap($a, 4096, 8192, MREMAP_MAYMOVE) = 0x100000000000
    maps {
        100000000000-100000002000 r--p 00000000
        100000100000-100000101000 rw-p 00000000
    }
}
