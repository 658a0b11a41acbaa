# apply_vma_lock_flags (mm/mlock.c:573-619, notes §2): a start in a hole ->
# ENOMEM, nothing changed; a range whose first VMA is followed by a hole ->
# the first VMA is locked (partial effect), then ENOMEM.
kernel "4.12"
process app {
    mmap(0x10000000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000000
    mmap(0x10002000, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10002000
    mlock(0x10001000, 8192) = -1 ENOMEM
    status { VmLck: 0 kB }
    mlock(0x10000000, 0x3000) = -1 ENOMEM
    status { VmLck: 4 kB  MapCount: 2 }
}
