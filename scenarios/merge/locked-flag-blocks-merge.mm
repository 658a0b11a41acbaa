# is_mergeable_vma (mm/mmap.c:973-994) compares all vm_flags except
# VM_SOFTDIRTY, including VM_LOCKED: a MAP_LOCKED mapping does not merge with
# an adjacent unlocked one of the same prot; munlock then clears VM_LOCKED and
# mlock_fixup's vma_merge joins them (case 8 shape).
kernel "4.12"
process app {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    $l = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = 0x7ffff7ffd000
    status { MapCount: 2  VmLck: 4 kB }
    munlock($l, 4096) = 0
    maps {
        7ffff7ffd000-7ffff7fff000 r--p 00000000
    }
    status { MapCount: 1  VmLck: 0 kB }
}
