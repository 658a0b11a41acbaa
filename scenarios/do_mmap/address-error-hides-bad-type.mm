# Check order in do_mmap (spec §11.1 items 6 and 8): the MAP_TYPE switch
# (mm/mmap.c:1431-1449 for anonymous mappings) comes after get_unmapped_area
# (:1363-1365). An invalid type (0 or 3) is only reported as EINVAL when the
# address is acceptable; otherwise the address error is returned.
kernel "4.12"

process app uid=1000 {
    # type 3 = MAP_SHARED|MAP_PRIVATE (MAP_SHARED_VALIDATE from 4.15 on)
    mmap(0, 4096, PROT_READ, MAP_SHARED_VALIDATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EPERM
    mmap(0x7ffffffff000, 4096, PROT_READ, MAP_SHARED_VALIDATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
    # type 0
    mmap(0x10000800, 4096, PROT_READ, MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EINVAL
    mmap(0, 4096, PROT_READ, MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EPERM
    mmap(NULL, 0x800000000000, PROT_READ, MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    # a good address: the type check is reached
    mmap(0x10000000, 4096, PROT_READ, MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EINVAL
    mmap(0x10000000, 4096, PROT_READ, MAP_SHARED_VALIDATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EINVAL
    maps { }
}
