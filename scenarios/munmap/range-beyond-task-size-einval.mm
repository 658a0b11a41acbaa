# do_munmap step 1 (mm/mmap.c:2620-2733, spec §6.1): addr > TASK_SIZE or
# len > TASK_SIZE - addr -> EINVAL; checked before page-aligning len, so a
# len of 0x1001 at the last page is EINVAL although it would align to 8K.
kernel "4.12"
process app {
    munmap(0x800000000000, 4096) = -1 EINVAL
    munmap(0x7fffffffe000, 0x2000) = -1 EINVAL
    munmap(0x7fffffffe000, 0x1001) = -1 EINVAL
    munmap(0x7fffffffe000, 0x1000) = 0
    munmap(0, 0x7ffffffff000) = 0
    maps { }
}
