# vm_stat_account (mm/mmap.c:3159-3169, mm/internal.h:258-280, spec §4.3) and
# locked_vm (mmap_region step 8.2, §4.1): every mapping adds to VmSize; r-x
# non-stack memory to exec_vm (VmLib, no program image); GROWSDOWN to VmStk;
# private writable non-stack to VmData; shared writable and read-only only to
# VmSize; MAP_LOCKED to VmLck. Committed_AS: the private writable mappings
# (VM_ACCOUNT, stack included) and the shmem object.
kernel "4.12"

process app {
    mmap(NULL, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    mmap(NULL, 8K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ff9000
    mmap(NULL, 4K, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ff8000
    mmap(NULL, 4K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ff7000
    mmap(NULL, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = 0x7ffff7ff6000
    mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_GROWSDOWN, -1, 0) = 0x7ffff7ff4000
    maps {
        7ffff7ff4000-7ffff7ff6000 rw-p
        7ffff7ff6000-7ffff7ff7000 r--p
        7ffff7ff7000-7ffff7ff8000 rw-s 00000000 /dev/zero (deleted)
        7ffff7ff8000-7ffff7ff9000 r-xp
        7ffff7ff9000-7ffff7ffb000 r--p
        7ffff7ffb000-7ffff7fff000 rw-p
    }
    status {
        VmSize: 44 kB
        VmLck: 4 kB
        VmData: 16 kB
        VmStk: 8 kB
        VmExe: 0 kB
        VmLib: 4 kB
        MapCount: 6
        Committed_AS: 28 kB
    }
}
