# may_expand_vm (mm/mmap.c:3136-3157, spec §4.2 step 2, §11.18): since 4.7
# RLIMIT_DATA limits every "data" mapping: (flags & (VM_WRITE|VM_SHARED|
# VM_GROWSDOWN)) == VM_WRITE, i.e. private writable non-stack, anonymous or
# file-backed, MAP_NORESERVE or not. Read-only, shared and GROWSDOWN mappings
# are not data. Exceeding -> ENOMEM from mmap_region (:1613-1625).
kernel "4.12"

file /data/f size=16K

process app uid=1000 {
    rlimit RLIMIT_DATA 64K
    mmap(NULL, 64K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fef000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM
    mmap(NULL, 4096, PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = -1 ENOMEM
    open("/data/f", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE, 3, 0) = -1 ENOMEM
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7fee000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fed000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_GROWSDOWN, -1, 0) = 0x7ffff7fec000
    status { VmData: 64 kB  VmStk: 4 kB  VmSize: 76 kB  MapCount: 4 }
}
