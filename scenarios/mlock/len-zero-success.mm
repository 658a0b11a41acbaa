# apply_vma_lock_flags (mm/mlock.c:583-586): end == start -> 0 without a
# lookup, so mlock/munlock of length 0 succeed on unmapped addresses
# (when can_do_mlock holds).
kernel "4.12"
process app uid=1000 {
    mlock(0x10000000, 0) = 0
    munlock(0x10000000, 0) = 0
    maps { }
}
