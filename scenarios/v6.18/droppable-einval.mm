# MAP_DROPPABLE refusals (delta §2): with MAP_LOCKED, MAP_GROWSDOWN or
# MAP_HUGETLB -> EINVAL; on a file -> EINVAL (type 8 is no file type). 4.12
# refused every type-8 request the same way; the plain droppable call at the
# end is what is new.
# Verified on host 6.18 (nr_hugepages = 0 on the host; the HUGETLB case fails
# before any reservation matters).
kernel "6.18"
file /data/f size=8K
process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_DROPPABLE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = -1 EINVAL
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_DROPPABLE|MAP_ANONYMOUS|MAP_GROWSDOWN, -1, 0) = -1 EINVAL
    mmap(NULL, 2M, PROT_READ|PROT_WRITE, MAP_DROPPABLE|MAP_ANONYMOUS|MAP_HUGETLB, -1, 0) = -1 EINVAL
    open("/data/f", O_RDWR) = 3
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_DROPPABLE, 3, 0) = -1 EINVAL
    mmap(NULL, 4096, PROT_READ, MAP_DROPPABLE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    maps {
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
}
