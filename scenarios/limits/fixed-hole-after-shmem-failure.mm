# mmap_region (mm/mmap.c:1628-1632 then :1704-1708, spec §4.1 steps 2 and 6,
# §4.5 step 1): an anonymous MAP_SHARED request is not charged in step 3 but
# by shmem_zero_setup, after the old range was unmapped. When that charge
# fails (mode 2) the MAP_FIXED target is left unmapped.
kernel "4.12"

memory total=1G free=512M swap=0
sysctl vm.overcommit_memory = 2
sysctl vm.overcommit_kbytes = 400
sysctl vm.admin_reserve_kbytes = 0
sysctl vm.user_reserve_kbytes = 0

process app {
    mmap(NULL, 4*4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    mmap(NULL, 98*4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f99000
    # the shmem object needs 4 pages: 102, not < 100
    mmap(0x7ffff7ffb000, 4*4096, PROT_READ, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
    maps {
        7ffff7f99000-7ffff7ffb000 rw-p
    }
    status { Committed_AS: 392 kB  MapCount: 1 }
}
