# mprotect_fixup (mm/mprotect.c:279-372, spec §7.3 step 2): making a
# never-writable private mapping writable charges its pages and adds
# VM_ACCOUNT; making it read-only again never uncharges, and writable again
# does not charge twice. munmap returns the charge (remove_vma_list).
kernel "4.12"
process app {
    $a = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    status { Committed_AS: 0 kB  VmData: 0 kB }
    mprotect($a, 8192, PROT_READ|PROT_WRITE) = 0
    status { Committed_AS: 8 kB  VmData: 8 kB }
    mprotect($a, 8192, PROT_READ) = 0
    status { Committed_AS: 8 kB  VmData: 0 kB }
    mprotect($a, 8192, PROT_READ|PROT_WRITE) = 0
    status { Committed_AS: 8 kB }
    munmap($a, 8192) = 0
    status { Committed_AS: 0 kB }
}
