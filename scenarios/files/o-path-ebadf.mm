# sys_mmap_pgoff -> fget (mm/mmap.c:1475-1522, fs/file.c:694-720, spec §1.2
# step 1.1, notes §3 "O_PATH"/"fget"): an O_PATH descriptor opens without any
# permission check on the target (even mode 0000 for an unprivileged process,
# even a directory) but fget refuses it, so mmap answers EBADF -- before any
# MAP_ANONYMOUS-less check such as MAP_HUGETLB or the type. close works.
kernel "4.12"

file /data/secret size=8K mode=0000
dir /srv/d

process user uid=1000 {
    open("/data/secret", O_PATH) = 3
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = -1 EBADF
    mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0) = -1 EBADF
    mmap(NULL, 4096, PROT_READ, MAP_SHARED_VALIDATE|MAP_HUGETLB, 3, 0) = -1 EBADF
    open("/srv/d", O_PATH|O_DIRECTORY) = 4
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 4, 0) = -1 EBADF
    open("/data/secret", O_RDONLY) = -1 EACCES
    close(3) = 0
    close(4) = 0
    maps { }
}
