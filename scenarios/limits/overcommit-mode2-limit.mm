# __vm_enough_memory mode 2 (mm/util.c:532-661, spec §4.4 step 4), reached
# from mmap_region's commit accounting (mm/mmap.c:1637-1642, §4.1 step 3):
# allowed = overcommit_kbytes/4 + swap = 100 pages here (reserves set to 0);
# the charge is added first and must stay strictly below allowed.
# Only private writable mappings are charged; MAP_NORESERVE is ignored in
# mode 2 (§2.1 step 14), and anonymous shared objects are charged too (§4.5).
kernel "4.12"

memory total=1G free=512M swap=0
sysctl vm.overcommit_memory = 2
sysctl vm.overcommit_kbytes = 400
sysctl vm.admin_reserve_kbytes = 0
sysctl vm.user_reserve_kbytes = 0

process app {
    mmap(NULL, 99*4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f9c000
    status { Committed_AS: 396 kB }
    # 99 + 1 = 100, not < 100
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = -1 ENOMEM
    mmap(NULL, 4096, PROT_READ, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    # read-only private memory is not charged
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f9b000
    status { Committed_AS: 396 kB }
    # unmapping returns the charge page by page; the hole is then reused
    munmap(0x7ffff7f9c000, 4096) = 0
    status { Committed_AS: 392 kB }
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f9c000
    maps {
        7ffff7f9b000-7ffff7f9c000 r--p
        7ffff7f9c000-7ffff7fff000 rw-p
    }
    status { Committed_AS: 396 kB  MapCount: 2 }
}
