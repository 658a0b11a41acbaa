# Overcommit failure of a MAP_FIXED keeps the old mapping in 6.18 (delta §6.2:
# the commit charge is taken before vms_clean_up_area). In 4.12 do_munmap ran
# first and the same failure left a hole (limits/fixed-hole-after-commit-failure.mm).
# Mode 0 (delta §6.4): fail iff this request's charge > totalram + swap; the
# charge is the new length minus the overlapped VM_ACCOUNT pages (8K here).
# total + 12K over 8K charged -> total + 4K -> ENOMEM, old pages intact;
# total + 8K over 8K -> exactly total -> allowed.
# HOST DETAIL beyond the delta spec: the gather step split the old VMA at
# 0x100000001000 before the charge failed; the split is not undone, so the
# surviving old pages are two VMAs (same contents, same flags).
# memory total= is this host's MemTotal so the file runs unchanged on it.
# Verified on host 6.18 (MemTotal 24684084 kB, no swap).
kernel "6.18"
memory total=24684084K swap=0
process app {
    mmap(0x100000000000, 12K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    mmap(0x100000001000, 24684084K + 12K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
    maps {
        100000000000-100000001000 rw-p 00000000
        100000001000-100000003000 rw-p 00000000
    }
    mmap(0x100000001000, 24684084K + 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000001000
    status { MapCount: 1 }
}
