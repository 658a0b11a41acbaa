# Contrast to mprotect-ro-drops-account-merges.mm: the VM_ACCOUNT drop only
# applies to VMAs without an anon_vma (delta §8 step 9.5). A MAP_POPULATE'd
# writable mapping was write-faulted, so RW->R keeps VM_ACCOUNT and it still
# cannot merge with the never-writable read-only neighbour: two r--p VMAs.
# Verified on host 6.18 (smaps "ac" kept on the lower VMA).
kernel "6.18"
process app {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    $b = mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = 0x7ffff7ffd000
    mprotect($b, 4096, PROT_READ) = 0
    maps {
        7ffff7ffd000-7ffff7ffe000 r--p 00000000
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
    status { MapCount: 2  Committed_AS: 4 kB }
}
