# vm.max_map_count reached the way LTP's and the kernel's tests reach it:
# mmap in a loop until it fails (here with a limit of 300 rather than the
# default 65530, which behaves the same and was checked too, to keep the
# transcript short). do_mmap refuses when the
# process already has more than max_map_count mappings (mm/mmap.c:1357,
# strictly greater), so the 301st separate mapping still succeeds and the
# next is ENOMEM. At the limit, munmap of a mapping's middle is refused
# (do_munmap checks the count before the split that keeps both sides,
# mm/mmap.c:2667), but its head is not (that split is __split_vma's, with no
# check). `repeat` makes the calls.
# Verified on Linux 4.12, 6.1 and 6.12 in VMs (the oracle adds the probe's
# own mappings to the limit there; the host's limit cannot be changed, so
# there it is not runnable).
kernel "4.12"
sysctl vm.max_map_count = 300
process app {
    repeat 301 as $i: mmap(0x100000000000 + $i * 8192, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000 + $i * 8192
    mmap(0x200000000000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM (Cannot allocate memory)
    munmap(0x100000000000, 4096) = 0
    mmap(0x200000000000, 12288, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x200000000000
    munmap(0x200000001000, 4096) = -1 ENOMEM (Cannot allocate memory)
    munmap(0x200000000000, 4096) = 0
    status { MapCount: 301 }
}
