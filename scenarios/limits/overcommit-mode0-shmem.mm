# shmem_zero_setup -> shmem_acct_size (mm/shmem.c:4220-4247, :144-148, spec
# §4.5 step 1) charges an anonymous shared object through
# security_vm_enough_memory_mm, so in overcommit mode 0 it is subject to the
# same single-request heuristic (§4.4 step 3): free (16384 pages) > pages.
# MAP_NORESERVE skips the charge in mode 0.
kernel "4.12"

memory total=1G free=64M swap=0
sysctl vm.overcommit_memory = 0
sysctl vm.admin_reserve_kbytes = 0

process app {
    mmap(NULL, 64M, PROT_READ, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    mmap(NULL, 64M, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff3fff000
    mmap(NULL, 64M-4096, PROT_READ, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = 0x7fffeffff000+4096
    status { Committed_AS: 65532 kB  VmSize: 131068 kB  MapCount: 2 }
}
