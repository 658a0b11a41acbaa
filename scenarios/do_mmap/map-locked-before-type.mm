# Check order in do_mmap (spec §11.1 item 7 before 8): MAP_LOCKED's
# can_do_mlock test (mm/mmap.c:1380-1382, EPERM) and mlock_future_check
# (:1384-1385, EAGAIN) run before the MAP_TYPE switch and the file checks
# (:1390-1429) -- but after address selection (:1363-1365).
kernel "4.12"

file /data/ro.bin size=16K

process nolock uid=1000 {
    rlimit RLIMIT_MEMLOCK 0 64K
    open("/data/ro.bin", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ, MAP_SHARED_VALIDATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = -1 EPERM
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_LOCKED, 3, 0) = -1 EPERM
    # the address error comes first
    mmap(0x10000800, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_LOCKED, -1, 0) = -1 EINVAL
    maps { }
}

process small uid=1000 {
    rlimit RLIMIT_MEMLOCK 4096 64K
    open("/data/ro.bin", O_RDONLY) = 3
    # 2 pages > 1 page limit
    mmap(NULL, 8192, PROT_READ, MAP_SHARED_VALIDATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = -1 EAGAIN
    mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_LOCKED, 3, 0) = -1 EAGAIN
    # within the limit: the type / permission checks are reached
    mmap(NULL, 4096, PROT_READ, MAP_SHARED_VALIDATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = -1 EINVAL
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_LOCKED, 3, 0) = -1 EACCES
    maps { }
    status { VmLck: 0 kB }
}
