# Order of the entry checks (spec §11.1 items 1-3): the offset alignment test in
# sys_mmap (arch/x86/kernel/sys_x86_64.c:89-101) runs before sys_mmap_pgoff's
# fget (mm/mmap.c:1475-1522, EBADF), and the fd lookup runs before do_mmap's
# len == 0 test (mm/mmap.c:1331).
kernel "4.12"

process app {
    # fd 7 is not open
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 7, 0x10) = -1 EINVAL
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 7, 0) = -1 EBADF
    mmap(NULL, 0, PROT_READ, MAP_PRIVATE, 7, 0) = -1 EBADF
    mmap(NULL, 0, PROT_READ, MAP_PRIVATE, 7, 0x10) = -1 EINVAL
    maps { }
}
