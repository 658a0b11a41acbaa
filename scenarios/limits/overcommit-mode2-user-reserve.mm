# __vm_enough_memory mode 2 (mm/util.c:532-661, spec §4.4 step 4.3): the limit
# also loses min(total_vm/32, user_reserve_kbytes/4), using the caller's
# total_vm before the new mapping. 320 pages mapped read-only (uncharged)
# cost 10 pages of the 100-page limit.
kernel "4.12"

memory total=1G free=512M swap=0
sysctl vm.overcommit_memory = 2
sysctl vm.overcommit_kbytes = 400
sysctl vm.admin_reserve_kbytes = 0
sysctl vm.user_reserve_kbytes = 400

process app {
    mmap(NULL, 320*4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ebf000
    status { Committed_AS: 0 kB }
    # allowed = 100 - min(320/32, 100) = 90; 90 < 90 fails
    mmap(NULL, 90*4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    mmap(NULL, 89*4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7e66000
    status { Committed_AS: 356 kB  VmSize: 1636 kB }
}
