# mmap_region (mm/mmap.c:1628-1632 then :1637-1642, spec §4.1 steps 2-3,
# §0.2, §11.3): MAP_FIXED unmaps the old range BEFORE the commit check. When
# the overcommit check then fails (ENOMEM), the old pages are gone: a hole is
# left in the middle of the read-only mapping.
kernel "4.12"

memory total=1G free=512M swap=0
sysctl vm.overcommit_memory = 2
sysctl vm.overcommit_kbytes = 400
sysctl vm.admin_reserve_kbytes = 0
sysctl vm.user_reserve_kbytes = 0

process app {
    mmap(NULL, 8*4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ff7000
    mmap(NULL, 95*4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f98000
    # 6 more pages: 101, not < 100
    mmap(0x7ffff7ff8000, 6*4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
    maps {
        7ffff7f98000-7ffff7ff7000 rw-p
        7ffff7ff7000-7ffff7ff8000 r--p
        7ffff7ffe000-7ffff7fff000 r--p
    }
    status { Committed_AS: 380 kB  MapCount: 3  VmSize: 388 kB }
}
