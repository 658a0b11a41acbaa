# An address whose top bits are not copies of bit 47 (bit 56 with 5-level
# paging) is not canonical: the CPU raises a general protection fault, not
# a page fault, and the kernel sends SIGSEGV with SI_KERNEL and no address
# (4.12 do_general_protection, arch/x86/kernel/traps.c:560). The kernel's
# own half, from 0xffff800000000000, is canonical: a page fault there is
# SEGV_MAPERR.
kernel "4.12"
process app {
    read 0x800000000000 = SIGSEGV SI_KERNEL
    write 0x800000000000 4096 = SIGSEGV SI_KERNEL
    read 0xffff7ffffffff000 = SIGSEGV SI_KERNEL
    read 0xffff800000000000 = SIGSEGV SEGV_MAPERR
    read 0xffffffffffffffff = SIGSEGV SEGV_MAPERR
    # The first page of a range that is not served stops the access.
    $a = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    read $a 8192 = SIGSEGV SEGV_MAPERR
}
