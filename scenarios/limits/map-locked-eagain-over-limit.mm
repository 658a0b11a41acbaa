# mlock_future_check (mm/mmap.c:1299-1315, called at :1384-1385, spec §2.2.5):
# (len >> 12) + locked_vm > RLIMIT_MEMLOCK >> 12 without CAP_IPC_LOCK -> EAGAIN.
# The default limit is 64K = 16 pages; exactly 16 is allowed (strict >).
# locked_vm grows in mmap_region (§4.1 step 8.2) and shows as VmLck.
kernel "4.12"

process user uid=1000 {
    mmap(NULL, 68K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = -1 EAGAIN
    mmap(NULL, 48K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = 0x7ffff7ff3000
    mmap(NULL, 16K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = 0x7ffff7fef000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = -1 EAGAIN
    # unlocked mappings are not limited, and do not merge with VM_LOCKED ones
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fee000
    maps {
        7ffff7fee000-7ffff7fef000 r--p
        7ffff7fef000-7ffff7fff000 r--p
    }
    status { VmLck: 64 kB  VmSize: 68 kB  MapCount: 2 }
}
