# MAP_GROWSDOWN (calc_vm_flag_bits, include/linux/mman.h:84-90) is only for
# anonymous private memory: on a file mapping do_mmap refuses VM_GROWSDOWN
# (mm/mmap.c:1424-1425, EINVAL), for MAP_SHARED too (it falls through), and
# for anonymous MAP_SHARED (:1434-1435, EINVAL). Anonymous private: a stack VMA.
kernel "4.12"

file /data/f size=16K

process app {
    open("/data/f", O_RDWR) = 3
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_GROWSDOWN, 3, 0) = -1 EINVAL
    mmap(NULL, 4096, PROT_READ, MAP_SHARED|MAP_GROWSDOWN, 3, 0) = -1 EINVAL
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_GROWSDOWN, -1, 0) = -1 EINVAL
    mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_GROWSDOWN, -1, 0) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7fff000 rw-p
    }
    status { VmStk: 8 kB  VmData: 0 kB }
}
