# MAP_FIXED_NOREPLACE wins over a simultaneous MAP_FIXED (delta §2): the EEXIST
# test looks only at the NOREPLACE bit, so MAP_FIXED|MAP_FIXED_NOREPLACE over
# an existing VMA fails and keeps it. Range checks of the fixed path still
# apply: addr + len > TASK_SIZE -> ENOMEM (not EEXIST, not EINVAL).
# Verified on host 6.18.
kernel "6.18"
process app {
    mmap(0x100000000000, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    mmap(0x100000001000, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_FIXED_NOREPLACE, -1, 0) = -1 EEXIST
    mmap(0x7ffffffff000 - 4096, 8K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = -1 ENOMEM
    maps {
        100000000000-100000002000 rw-p 00000000
    }
}
