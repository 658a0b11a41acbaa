# Anonymous MAP_SHARED_VALIDATE (type 3) is not a valid anonymous type
# (delta §2, §3 step 15): EINVAL, while MAP_SHARED|MAP_ANONYMOUS works. The
# type switch still runs after address selection (delta §3 "ordering"), so a
# length beyond TASK_SIZE reports ENOMEM first.
# Verified on host 6.18.
kernel "6.18"
process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED_VALIDATE|MAP_ANONYMOUS, -1, 0) = -1 EINVAL
    mmap(NULL, 0x800000000000, PROT_READ, MAP_SHARED_VALIDATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    maps {
        7ffff7ffe000-7ffff7fff000 rw-s 00000000 /dev/zero (deleted)
    }
}
