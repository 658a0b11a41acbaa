# get_unmapped_area (mm/mmap.c:2101, v4.12): the allocator's answer is
# tested with IS_ERR_VALUE before anything else, and MAP_FIXED returns the
# address unchanged. So a MAP_FIXED address in the top 4095 bytes comes back
# as an error code: -addr. -1 is EPERM, -12 is ENOMEM, -22 is EINVAL. One
# byte lower (0xfffffffffffff000, -4096) is no error code: it fails the
# TASK_SIZE test with ENOMEM. (Found by `mmrun fuzz` against the 6.18 host,
# which behaves the same.)
kernel "4.12"
mmap(0xffffffffffffffff, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EPERM
mmap(-12, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
mmap(-22, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EINVAL
mmap(0xfffffffffffff000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
maps { }
