# __vm_enough_memory mode 0 (mm/util.c:532-661, spec §4.4 step 3, §11.20):
# each request is compared on its own with the heuristic free figure
# (`memory free=`, totalreserve taken as 0): success iff free > pages. The
# cumulative commitment is not compared. Non-CAP_SYS_ADMIN callers lose
# admin_reserve_kbytes/4 pages of it. Failures leave Committed_AS unchanged.
kernel "4.12"

memory total=1G free=64M swap=0
sysctl vm.overcommit_memory = 0
sysctl vm.admin_reserve_kbytes = 4096

process admin {
    # free = 16384 pages; 16384 > 16384 fails
    mmap(NULL, 64M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    mmap(NULL, 64M-4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff4000000
    mmap(NULL, 64M-4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff0001000
    status { Committed_AS: 131064 kB }
}

process user uid=1000 {
    # free = 16384 - 1024 = 15360 pages
    mmap(NULL, 60M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    mmap(NULL, 60M-4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff4400000
    status { Committed_AS: 192500 kB }
}
