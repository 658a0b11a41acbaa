# The layout is fixed at exec (arch_pick_mmap_layout via setup_new_exec,
# spec §3.1). In the model that is the process's first call; a later
# setrlimit(RLIMIT_STACK, unlimited) does not switch to bottom-up and does
# not move mmap_base.
kernel "4.12"
process app {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    rlimit RLIMIT_STACK unlimited
    mmap(NULL, 4096, PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7ffe000 -w-p 00000000
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
}
