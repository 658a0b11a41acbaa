# accountable_mapping in mmap_region (mm/mmap.c:1637-1642, spec §4.1 step 3):
# only (vm_flags & (VM_NORESERVE|VM_SHARED|VM_WRITE)) == VM_WRITE is charged.
# For files: private writable yes (copy-on-write memory); private read-only,
# shared writable (VM_SHARED) and private writable with MAP_NORESERVE (mode 0)
# no. VmData counts the private writable ones, charged or not (§4.3).
kernel "4.12"

file /data/f size=64K

process app {
    open("/data/f", O_RDWR) = 3
    mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE, 3, 0) = 0x7ffff7ffd000
    mmap(NULL, 8K, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7ffb000
    mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = 0x7ffff7ff9000
    mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_NORESERVE, 3, 0) = 0x7ffff7ff7000
    maps {
        7ffff7ff7000-7ffff7ff9000 rw-p 00000000 /data/f
        7ffff7ff9000-7ffff7ffb000 rw-s 00000000 /data/f
        7ffff7ffb000-7ffff7ffd000 r--p 00000000 /data/f
        7ffff7ffd000-7ffff7fff000 rw-p 00000000 /data/f
    }
    status { Committed_AS: 8 kB  VmData: 16 kB  VmSize: 32 kB }
}
