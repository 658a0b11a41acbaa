# 6.18's gap search (mm/vma.c unmapped_area_topdown, maple tree) finds the
# highest RAW gap first; if the VMA above it is VM_GROWSDOWN and its 1 MiB
# guard gap reaches into that gap, the search restarts below the guard
# (high_limit = vm_start_gap). Every gap inside the guard region is skipped,
# also one below another VMA. 4.12's rbtree walk instead skips only the gap
# directly below the growsdown VMA (placement/guard-gap-gap-below-other-vma.mm).
# Found by `mmrun fuzz`; verified on host 6.18 with `mmrun --oracle host`.
kernel "6.18"
process app {
    $g = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_GROWSDOWN, -1, 0) = 0x7ffff7ffd000
    mmap(0x7ffff7ff0000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x7ffff7ff0000
    # The raw gap [0x7ffff7ff1000, 0x7ffff7ffd000) fits, but $g's guard starts
    # at 0x7ffff7efd000: the search restarts below it.
    mmap(NULL, 12288, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7efa000
    maps {
        7ffff7efa000-7ffff7efd000 r--p
        7ffff7ff0000-7ffff7ff1000 rw-p
        7ffff7ffd000-7ffff7fff000 r--p
    }
}
