# Non-fixed shrink path (spec §8.3, quirk §11.15): old_len >= new_len only
# calls do_munmap(old+new_len, old_len-new_len). Equal lengths give a
# zero-length munmap whose EINVAL is ignored, so old_addr is returned without
# checking that anything is mapped; shrinking an unmapped range also succeeds.
kernel "4.12"
process app {
    mremap(0x10000000, 4096, 4096, 0) = 0x10000000
    mremap(0x20000000, 8192, 4096, 0) = 0x20000000
    mremap(0x30000000, 0, 4096, 0) = -1 EFAULT
    maps { }
}
