# The layout is fixed at exec (spec §3.1): personality(ADDR_COMPAT_LAYOUT)
# made by the running process does not switch to the legacy bottom-up
# allocator (notes §4: "does NOT move mmap_base"). personality returns the
# old value 0 (kernel/exec_domain.c:49-57).
kernel "4.12"
process app {
    personality(ADDR_COMPAT_LAYOUT) = 0
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    personality(0xffffffff) = 0x200000
}
