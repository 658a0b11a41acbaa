# In overcommit mode 2 each tmpfs page a fault allocates must fit under the
# commit limit (shmem_acct_block, mm/shmem.c:180; __vm_enough_memory charges
# first and keeps the page only while vm_committed_as < allowed, mm/util.c).
# mlock has already locked the range when __mm_populate (mm/mlock.c:706)
# meets the first page that does not fit: the fault fails with SIGBUS
# (shmem_getpage_gfp answers -ENOSPC), so mlock returns ENOMEM, the VMA stays
# locked, and the pages before it stay allocated and charged. Here the limit
# is 64 kB (16 pages) and no reserve applies: 15 pages fit. Checked on Linux
# 4.12 in a VM (a tmpfs file larger than the room: ENOMEM, VmLck the whole
# mapping, Committed_AS up by the room less the user reserve).
kernel "4.12"

memory total=1G free=512M swap=0
sysctl vm.overcommit_memory = 2
sysctl vm.overcommit_kbytes = 64
sysctl vm.admin_reserve_kbytes = 0
sysctl vm.user_reserve_kbytes = 0
mount /t tmpfs
file /t/big size=128K

process app {
    open("/t/big", O_RDWR) = 3
    $a = mmap(NULL, 128K, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = 0x7ffff7fdf000
    mlock($a, 128K) = -1 ENOMEM
    status { Committed_AS: 60 kB  VmLck: 128 kB }
    maps {
        7ffff7fdf000-7ffff7fff000 rw-s 00000000 /t/big
    }
}
