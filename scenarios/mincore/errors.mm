# mincore's checks in order (4.12 mm/mincore.c:223-272; 6.x the same):
# an unaligned start is EINVAL, a range past TASK_SIZE ENOMEM, a vector
# past TASK_SIZE EFAULT (all before anything is looked at), then chunk by
# chunk: nothing mapped at the start of a chunk is ENOMEM (after the pages
# before it were reported), a vector that cannot be written EFAULT.
process app {
    $a = mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mincore($a+1, 4096, [0]) = -1 EINVAL (Invalid argument)
    # Unaligned beats an unmapped start.
    mincore(0x1001, 4096, [0]) = -1 EINVAL (Invalid argument)
    mincore($a, 0x800000000000, [0]) = -1 ENOMEM (Cannot allocate memory)
    mincore($a, -4096, [0]) = -1 ENOMEM (Cannot allocate memory)
    mincore($a, 4096, 0x7ffffffff000) = -1 EFAULT (Bad address)
    # A length of 0 looks at nothing.
    mincore(0x10000, 0, []) = 0
    mincore(0x10000, 4096, [0]) = -1 ENOMEM (Cannot allocate memory)
    # The mapped part first, then the hole after it.
    mincore($a, 16384, [0, 0, 0, 0]) = -1 ENOMEM (Cannot allocate memory)
    # A vector at an address nothing maps: the copy fails.
    mincore($a, 4096, 0x10000) = -1 EFAULT (Bad address)
    # A vector in read-only memory: the copy fails too.
    mprotect($a+4096, 4096, PROT_READ) = 0
    mincore($a, 4096, $a+4096) = -1 EFAULT (Bad address)
    # A vector in the scenario's own writable memory: the copy faults it in.
    mincore($a, 8192, $a) = 0
    mincore($a, 8192, [1, 0]) = 0
}
