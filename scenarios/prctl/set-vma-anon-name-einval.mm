# PR_SET_VMA (5.17) names anonymous memory (`[anon:NAME]` in maps) only in
# kernels built with CONFIG_ANON_VMA_NAME; without it prctl_set_vma is
# `return -EINVAL`, whatever the arguments. None of the modelled builds has
# it (Debian's 6.1 and 6.12 cloud kernels, this 6.18 host), and 4.12's prctl
# does not know the option (EINVAL from its default). Nothing is named.
kernel "6.12"
process app {
    $a = mmap(0x100000000000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    prctl(PR_SET_VMA, PR_SET_VMA_ANON_NAME, $a, 4096, "name") = -1 EINVAL (Invalid argument)
    prctl(PR_SET_VMA, PR_SET_VMA_ANON_NAME, $a, 4096, NULL) = -1 EINVAL (Invalid argument)
    prctl(PR_SET_VMA, 1, 0, 0, 0) = -1 EINVAL (Invalid argument)
    maps {
        100000000000-100000002000 rw-p 00000000
    }
}
