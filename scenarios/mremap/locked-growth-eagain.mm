# vma_to_resize step 7 (mm/mremap.c:376-426, spec §8.3): a VM_LOCKED VMA may
# only grow if locked_vm*4096 + delta <= RLIMIT_MEMLOCK (64K default) or the
# caller has CAP_IPC_LOCK. uid 1000 has 16 locked pages: growth by one page is
# EAGAIN; shrinking is fine and lowers VmLck.
kernel "4.12"
process app uid=1000 {
    $a = mmap(NULL, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = 0x7ffff7fef000
    status { VmLck: 64 kB }
    mremap($a, 65536, 69632, MREMAP_MAYMOVE) = -1 EAGAIN
    mremap($a, 65536, 61440, 0) = 0x7ffff7fef000
    status { VmLck: 60 kB }
    mremap($a, 61440, 65536, 0) = 0x7ffff7fef000
    status { VmLck: 64 kB }
}
