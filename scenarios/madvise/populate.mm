# MADV_POPULATE_READ and MADV_POPULATE_WRITE (5.14) fault the range in as
# get_user_pages does: check_vma_flags refuses memory that cannot be
# accessed that way (PROT_NONE, a write to a read-only mapping) with
# EINVAL; a fault that fails (a file page past EOF: SIGBUS) is EFAULT, the
# pages before it faulted in (a tmpfs file charges Committed_AS as its pages
# come). 6.12 makes one pass of get_user_pages that stops at the first hole
# with ENOMEM; 6.1 populates VMA by VMA within madvise's walk, so a hole is
# ENOMEM only at the end and a refusing VMA after it answers first.
# MADV_REMOVE punches the hole back: the file's pages and their charge go.
kernel "6.12"
mount /t tmpfs
file /t/f size=8K mode=0666
process app {
    $fd = open("/t/f", O_RDWR) = 3
    $s = mmap(0x100000000000, 16384, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED, $fd, 0) = 0x100000000000
    madvise($s, 4096, MADV_POPULATE_READ) = 0
    status
    madvise($s, 16384, MADV_POPULATE_WRITE) = -1 EFAULT (Bad address)
    status
    madvise($s, 4096, MADV_REMOVE) = 0
    status
    $n = mmap(0x100000010000, 8192, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000010000
    madvise($n, 8192, MADV_POPULATE_READ) = -1 EINVAL (Invalid argument)
    $r = mmap(0x100000020000, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000020000
    madvise($r, 8192, MADV_POPULATE_READ) = 0
    madvise($r, 8192, MADV_POPULATE_WRITE) = -1 EINVAL (Invalid argument)
    $w = mmap(0x100000030000, 8192, PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000030000
    madvise($w, 8192, MADV_POPULATE_READ) = -1 EINVAL (Invalid argument)
    madvise($w, 8192, MADV_POPULATE_WRITE) = 0
    $a = mmap(0x100000040000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000040000
    $b = mmap(0x100000043000, 8192, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000043000
    madvise($a, 20480, MADV_POPULATE_WRITE) = -1 ENOMEM (Cannot allocate memory)
    madvise($a, 12288, MADV_POPULATE_WRITE) = -1 ENOMEM (Cannot allocate memory)
    madvise($a, 8192, MADV_POPULATE_WRITE) = 0
    madvise($a-4096, 8192, MADV_POPULATE_READ) = -1 ENOMEM (Cannot allocate memory)
    $p = mmap(0x100000050000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED, $fd, 0) = 0x100000050000
    madvise($p, 16384, MADV_POPULATE_WRITE) = -1 EFAULT (Bad address)
    status
    smaps
}
