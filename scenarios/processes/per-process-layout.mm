# The layout is picked per process at its first call (spec §3.1): a's exec
# time RLIMIT_STACK of 1G gives mmap_base 0x7fffbffff000, b keeps the default
# 0x7ffff7fff000, c with an unlimited stack is bottom-up from 0x2aaaaaaab000.
kernel "4.12"
process a {
    rlimit RLIMIT_STACK 1G
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fffbfffe000
}
process b {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
}
process c {
    rlimit RLIMIT_STACK unlimited
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x2aaaaaaab000
}
