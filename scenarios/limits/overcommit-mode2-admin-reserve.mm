# __vm_enough_memory mode 2 (mm/util.c:532-661, spec §4.4 step 4.2): callers
# without CAP_SYS_ADMIN lose admin_reserve_kbytes/4 pages of the limit.
# Limit 100 pages, admin reserve 40 kB = 10 pages: a uid-1000 process may
# commit up to 89 pages in total, root up to 99. Committed_AS is machine-wide.
kernel "4.12"

memory total=1G free=512M swap=0
sysctl vm.overcommit_memory = 2
sysctl vm.overcommit_kbytes = 400
sysctl vm.admin_reserve_kbytes = 40
sysctl vm.user_reserve_kbytes = 0

process user uid=1000 {
    mmap(NULL, 90*4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    mmap(NULL, 89*4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fa6000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    status { Committed_AS: 356 kB }
}

process admin {
    mmap(NULL, 11*4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    mmap(NULL, 10*4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ff5000
    status { Committed_AS: 396 kB }
}
