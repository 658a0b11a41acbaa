# A store below a MAP_GROWSDOWN mapping grows it down to the page
# (expand_downwards): the mapping's start moves, VmStk and the commit
# charge grow, unless the growth would come within vm's stack guard gap
# (256 pages) of an accessible mapping below, or pass RLIMIT_STACK. Below a
# mapping that is not a stack the access is SEGV_MAPERR. 4.12 refuses any
# access more than 64 KiB below the stack pointer first (removed in 4.20):
# its processes' stack is at the top of the address space, so there no
# mapping down here grows at all.
kernel "6.12"
process app {
    $g = mmap(0x100000200000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_GROWSDOWN, -1, 0) = 0x100000200000
    write $g - 4096 = ok
    read $g - 65536 = ok
    smaps
    status
    $b = mmap(0x100000000000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    write 0x100000100000 = SIGSEGV SEGV_MAPERR
    write 0x100000101000 = ok
    smaps
    $h = mmap(0x100010000000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_GROWSDOWN, -1, 0) = 0x100010000000
    rlimit RLIMIT_STACK 64K
    write $h - 32768 = ok
    write $h - 65536 = SIGSEGV SEGV_MAPERR
    read $b - 4096 = SIGSEGV SEGV_MAPERR
    smaps
    status
}
