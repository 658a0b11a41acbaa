# mseal (6.10+, 6.18 mm/mseal.c): flags must be 0, the address
# aligned; a range with any unmapped page is ENOMEM and nothing is sealed;
# sealing splits a VMA as vma_modify_flags does. A sealed VMA refuses, with
# EPERM: munmap (vms_gather_munmap_vmas: before splitting the first VMA, and
# for each VMA of the range), mprotect (mprotect_fixup: the VMAs before it
# in the range have changed already), mremap of it (sys_mremap, right after
# the lookup), and a MAP_FIXED mapping over it. Unsealed parts stay free.
# Verified on this 6.18 host.
kernel "6.18"
process app {
    $a = mmap(0x100000000000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    mseal($a, 4096, 0x1) = -1 EINVAL (Invalid argument)
    mseal($a+1, 4096, 0) = -1 EINVAL (Invalid argument)
    mseal($a, 0, 0) = 0
    mseal($a, 20480, 0) = -1 ENOMEM (Cannot allocate memory)
    mseal($a+4096, 4096, 0) = 0
    maps {
        100000000000-100000001000 rw-p 00000000
        100000001000-100000002000 rw-p 00000000
        100000002000-100000004000 rw-p 00000000
    }
    munmap($a+4096, 4096) = -1 EPERM (Operation not permitted)
    munmap($a, 16384) = -1 EPERM (Operation not permitted)
    munmap($a+12288, 4096) = 0
    mprotect($a, 12288, PROT_READ) = -1 EPERM (Operation not permitted)
    mremap($a+4096, 4096, 8192, MREMAP_MAYMOVE) = -1 EPERM (Operation not permitted)
    mremap($a, 4096, 4096, MREMAP_MAYMOVE|MREMAP_FIXED, $a+4096) = -1 EPERM (Operation not permitted)
    mmap($a, 12288, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EPERM (Operation not permitted)
    mseal($a+4096, 4096, 0) = 0
    maps {
        100000000000-100000001000 r--p 00000000
        100000001000-100000002000 rw-p 00000000
        100000002000-100000003000 rw-p 00000000
    }
}
