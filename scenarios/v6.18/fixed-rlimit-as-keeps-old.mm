# A MAP_FIXED refused by may_expand_vm (RLIMIT_AS) fails before
# vms_clean_up_area, so the old mapping survives (delta §6.1 step 1.3, §6.2;
# same outcome as 4.12). total_vm 48K, limit 64K: 48K new over 16K
# overlapped -> 80K > 64K -> ENOMEM, contents unchanged; 32K over 16K ->
# exactly 64K -> allowed, and the new RW range merges with the rest of the RW VMA.
# HOST DETAIL beyond the delta spec (§6.2 says the old VMAs are restored): the
# gather step already split the RW VMA at 0x100000008000 before may_expand_vm
# failed, and reattaching does not undo that split -- the failed call leaves
# the old pages in two VMAs (like the leftover split of a failed munmap, §7).
# Verified on host 6.18 (RLIMIT_AS set after exec to 64K + the probe's own
# baseline VmSize, so the arithmetic is the same).
kernel "6.18"
process app {
    rlimit RLIMIT_AS 64K
    mmap(0x100000004000, 32K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000004000
    mmap(0x100000000000, 16K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    mmap(0x100000008000, 48K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
    maps {
        100000000000-100000004000 r--p 00000000
        100000004000-100000008000 rw-p 00000000
        100000008000-10000000c000 rw-p 00000000
    }
    status { MapCount: 3  VmSize: 48 kB }
    mmap(0x100000008000, 32K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000008000
    maps {
        100000000000-100000004000 r--p 00000000
        100000004000-100000010000 rw-p 00000000
    }
    status { VmSize: 64 kB  MapCount: 2 }
}
