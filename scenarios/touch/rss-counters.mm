# /proc/PID/status's RSS lines (task_mem; 4.12 fs/proc/task_mmu.c:25-85):
# each page table entry of a normal page once, split as mm_counter splits
# pages. A read of anonymous memory maps the zero page, which no counter
# holds; a write takes an anonymous page; a read of a tmpfs file maps its
# page-cache pages around the fault (shmem), and a private write copies
# one (anonymous); shared anonymous memory is shmem too.
kernel "4.12"
mount /shm tmpfs
file /shm/f size=64K mode=0666
process app {
    $a = mmap(NULL, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fef000
    write $a 16384 = ok
    read $a + 32768 8192 = ok
    status { VmRSS: 16 kB RssAnon: 16 kB RssFile: 0 kB RssShmem: 0 kB }
    openat(AT_FDCWD, "/shm/f", O_RDWR) = 3
    $f = mmap(NULL, 65536, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = 0x7ffff7fdf000
    write $f 8192 = ok
    $g = mmap(NULL, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE, 3, 0) = 0x7ffff7fcf000
    read $g = ok
    write $g + 4096 = ok
    $s = mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fcd000
    write $s = ok
    status { VmRSS: 36 kB RssAnon: 20 kB RssShmem: 16 kB }
    # Unmapping gives the pages back; the file keeps them.
    munmap($f, 65536) = 0
    madvise($a, 8192, MADV_DONTNEED) = 0
    status { VmRSS: 20 kB RssAnon: 12 kB RssShmem: 8 kB }
}
