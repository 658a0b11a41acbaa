# 6.18 mprotect_fixup (delta §8 step 9.5, §6.3): making a never-faulted
# private anonymous VMA non-writable drops VM_ACCOUNT (and its commit
# charge), so it now merges with a never-writable read-only neighbour. 4.12
# kept VM_ACCOUNT and printed two r--p VMAs (merge/vm-account-blocks-merge.mm).
# Verified on host 6.18 (smaps: no "ac" on the merged VMA; Committed_AS not
# compared, it is host-global).
kernel "6.18"
process app {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    $b = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mprotect($b, 4096, PROT_READ) = 0
    maps {
        7ffff7ffd000-7ffff7fff000 r--p 00000000
    }
    status { MapCount: 1  VmData: 0 kB  Committed_AS: 0 kB }
}
