# may_expand_vm (mm/mmap.c:3136-3157, spec §4.2 step 2.1): the Valgrind
# workaround -- a soft RLIMIT_DATA of 0 lets data mappings through as long as
# data_vm + npages <= hard RLIMIT_DATA >> 12. Any other soft value is a plain
# limit.
kernel "4.12"

process valgrind uid=1000 {
    rlimit RLIMIT_DATA 0 64K
    mmap(NULL, 64K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fef000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    status { VmData: 64 kB }
}

process zero uid=1000 {
    rlimit RLIMIT_DATA 0 0
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
}

process strict uid=1000 {
    rlimit RLIMIT_DATA 4096 64K
    mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    status { VmData: 4 kB }
}
