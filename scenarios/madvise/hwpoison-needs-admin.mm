# MADV_HWPOISON and MADV_SOFT_OFFLINE exist where the kernel is built with
# CONFIG_MEMORY_FAILURE (Debian's 6.12 cloud kernel; not the 4.12 judge's
# config, Debian's 6.1 cloud kernel or this 6.18 host): there they need
# CAP_SYS_ADMIN (madvise_inject_error, mm/madvise.c:613) and EPERM comes
# before any page is looked at; elsewhere the advice is unknown (EINVAL).
kernel "6.12"
process app caps=none {
    $a = mmap(0x100000000000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    madvise($a, 8192, MADV_HWPOISON) = -1 EPERM (Operation not permitted)
    madvise($a, 8192, MADV_SOFT_OFFLINE) = -1 EPERM (Operation not permitted)
    madvise(0x200000000000, 8192, MADV_HWPOISON) = -1 EPERM (Operation not permitted)
    madvise($a+1, 8192, MADV_HWPOISON) = -1 EINVAL (Invalid argument)
    madvise($a, 0, MADV_SOFT_OFFLINE) = 0
}
