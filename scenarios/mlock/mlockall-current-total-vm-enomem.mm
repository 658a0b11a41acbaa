# mlockall (mm/mlock.c:787-816, notes §2 step 3): with MCL_CURRENT the limit
# test uses total_vm (all mappings, here 17 PROT_NONE pages), not locked_vm:
# 17 > 16 -> ENOMEM, nothing changed. Bad flags are EINVAL first.
kernel "4.12"
process app uid=1000 {
    mmap(NULL, 69632, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fee000
    mlockall(0) = -1 EINVAL
    mlockall(8) = -1 EINVAL
    mlockall(MCL_CURRENT) = -1 ENOMEM
    status { VmLck: 0 kB }
}
