# vm_commit_limit (mm/util.c, spec §4.4 step 4.1) with overcommit_kbytes = 0:
# (totalram_pages - hugetlb pages) * overcommit_ratio / 100 + swap pages.
# 64M RAM at ratio 50 plus 16M swap: 8192 + 4096 = 12288 pages (48M); the
# commitment must stay strictly below that.
kernel "4.12"

memory total=64M free=32M swap=16M hugepages=0
sysctl vm.overcommit_memory = 2
sysctl vm.overcommit_ratio = 50
sysctl vm.admin_reserve_kbytes = 0
sysctl vm.user_reserve_kbytes = 0

process app {
    mmap(NULL, 48M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    mmap(NULL, 48M-4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff5000000
    status { Committed_AS: 49148 kB }
}
