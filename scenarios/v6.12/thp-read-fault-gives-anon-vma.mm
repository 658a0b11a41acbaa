# A read fault in anonymous memory normally maps the zero page and leaves
# the VMA without an anon_vma; but where transparent huge pages may back a
# whole 2 MiB-aligned extent of the VMA (mode `always`, as Debian's kernels
# boot, or MADV_HUGEPAGE), the fault goes through do_huge_pmd_anonymous_page,
# which prepares one first. It shows where the anon_vma matters: mprotect
# taking write away returns the commit charge (VM_ACCOUNT, `ac`) only for a
# VMA that never had one. The 4 KiB mapping beside it has no such extent.
# Found by the VM fuzzer on Linux 6.12; this 6.18 host boots THP in
# `madvise` mode, where the first mapping drops `ac` too.
kernel "6.12"
process app {
    $a = mmap(0x100000000000, 2M, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_POPULATE, -1, 0) = 0x100000000000
    mprotect($a + 4096, 28672, PROT_READ|PROT_WRITE) = 0
    mprotect($a, 20480, PROT_NONE) = 0
    $b = mmap(0x100000400000, 16384, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_POPULATE, -1, 0) = 0x100000400000
    mprotect($b, 8192, PROT_READ|PROT_WRITE) = 0
    mprotect($b, 4096, PROT_NONE) = 0
    smaps
    status
}
