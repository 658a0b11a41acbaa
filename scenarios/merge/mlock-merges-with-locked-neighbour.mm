# mlock_fixup (mm/mlock.c:510-571, notes §2) calls vma_merge with the new
# flags: a page that was unlocked only because it lacked VM_LOCKED joins the
# MAP_LOCKED neighbour above it (case 8 shape: A = whole VMA, next compatible).
# The MAP_LOCKED VMA was populated (write faults, anon_vma); a NULL-anon_vma
# request may still merge with a singular-chain anon_vma (spec §5.2).
kernel "4.12"
process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = 0x7ffff7ffe000
    $b = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    status { MapCount: 2  VmLck: 4 kB }
    mlock($b, 4096) = 0
    maps {
        7ffff7ffd000-7ffff7fff000 rw-p 00000000
    }
    status { MapCount: 1  VmLck: 8 kB }
}
