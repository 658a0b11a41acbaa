# Check order in do_mmap (mm/mmap.c:1363-1365 before :1392, spec §2.1 step 7,
# §11.1): address selection runs before the MAP_SHARED file-permission
# checks, so an address error (EINVAL, ENOMEM, EPERM from get_unmapped_area,
# §3.2) hides the EACCES of a writable shared mapping of an O_RDONLY file.
kernel "4.12"

file /data/ro.bin size=16K

process app uid=1000 {
    open("/data/ro.bin", O_RDONLY) = 3
    mmap(0x10000800, 4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED, 3, 0) = -1 EINVAL
    mmap(0x7ffffffff000, 4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED, 3, 0) = -1 ENOMEM
    mmap(NULL, 0x800000000000, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = -1 ENOMEM
    mmap(0, 4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED, 3, 0) = -1 EPERM
    # a good address: now the permission check is reached
    mmap(0x10000000, 4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED, 3, 0) = -1 EACCES
    maps { }
}
