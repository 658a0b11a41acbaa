# mmap_region -> may_expand_vm (mm/mmap.c:1613-1625, :3136-3157, spec §4.1
# step 1, §4.2 step 1): total_vm + npages > RLIMIT_AS >> 12 -> ENOMEM.
# Every kind of mapping counts (PROT_NONE, shared, read-only); reaching the
# limit exactly is allowed.
kernel "4.12"

file /data/f size=64K

process app uid=1000 {
    rlimit RLIMIT_AS 64K
    mmap(NULL, 32K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ff7000
    mmap(NULL, 16K, PROT_READ, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ff3000
    open("/data/f", O_RDONLY) = 3
    mmap(NULL, 16K, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7fef000
    mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = -1 ENOMEM
    status { VmSize: 64 kB  MapCount: 3 }
}
