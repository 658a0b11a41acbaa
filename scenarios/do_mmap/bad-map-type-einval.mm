# do_mmap (mm/mmap.c:1428-1429 for files, :1448-1449 for anonymous mappings,
# spec §2.1 steps 12-13, §1.2 "bits that are checked"): only MAP_TYPE values 1
# (MAP_SHARED) and 2 (MAP_PRIVATE) are valid. 0, 3 (MAP_SHARED_VALIDATE is not
# known to 4.12) and 4..15 are EINVAL, for files and anonymous mappings alike.
kernel "4.12"

file /data/f size=8K

process app {
    mmap(NULL, 4096, PROT_READ, MAP_ANONYMOUS, -1, 0) = -1 EINVAL
    mmap(NULL, 4096, PROT_READ, MAP_SHARED|MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 EINVAL
    mmap(NULL, 4096, PROT_READ, MAP_SHARED_VALIDATE|MAP_ANONYMOUS, -1, 0) = -1 EINVAL
    mmap(NULL, 4096, PROT_READ, 0x4|MAP_ANONYMOUS, -1, 0) = -1 EINVAL
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|0x8|MAP_ANONYMOUS, -1, 0) = -1 EINVAL
    mmap(NULL, 4096, PROT_READ, 0xf|MAP_ANONYMOUS, -1, 0) = -1 EINVAL
    open("/data/f", O_RDWR) = 3
    mmap(NULL, 4096, PROT_READ, 0, 3, 0) = -1 EINVAL
    mmap(NULL, 4096, PROT_READ, MAP_SHARED_VALIDATE, 3, 0) = -1 EINVAL
    mmap(NULL, 4096, PROT_READ, MAP_SHARED|0x4, 3, 0) = -1 EINVAL
    maps { }
}
