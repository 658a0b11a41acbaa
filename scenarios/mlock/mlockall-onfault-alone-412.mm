# 4.12 quirk (notes §2, mlockall step 1): MCL_ONFAULT alone passes the flag
# check (the EINVAL for it came ~v5.3) and apply_mlockall_flags then clears
# def_flags and unlocks every VMA -- it acts as munlockall.
kernel "4.12"
process app {
    $a = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = 0x7ffff7ffd000
    status { VmLck: 8 kB }
    mlockall(MCL_ONFAULT) = 0
    status { VmLck: 0 kB }
}
