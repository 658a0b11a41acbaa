# smaps counts, per VMA, the pages its page tables map (Rss: not the zero
# page a read of anonymous memory maps), each page's share among all
# mappings of it (Pss: a page mapped N times counts 1/N), the anonymous
# pages (a private mapping's copies too), and Pss again for a locked VMA
# (fs/proc/task_mmu.c smaps_pte_entry, smaps_account). A read fault on a
# tmpfs page also maps the pages the file holds in the aligned 64 KiB
# window around it (do_fault_around).
mount /shm tmpfs
file /shm/f size=64K mode=0666
process a {
    openat(AT_FDCWD, "/shm/f", O_RDWR) = 3
    $s = mmap(NULL, 65536, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = 0x7ffff7fef000
    $p = mmap(NULL, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE, 3, 0) = 0x7ffff7fdf000
    write $s 16384
    write $p+4096
    read $p+8192
    read $p+32768
    $a = mmap(NULL, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = 0x7ffff7fcf000
    $b = mmap(NULL, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fbf000
    read $b 16384
    write $b+16384 8192
    $z = mmap(NULL, 65536, PROT_READ, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faf000
    read $z 12288
    smaps
}
process b {
    openat(AT_FDCWD, "/shm/f", O_RDWR) = 3
    $t = mmap(NULL, 65536, PROT_READ, MAP_SHARED, 3, 0) = 0x7ffff7fef000
    read $t 8192
    smaps
}
process a {
    smaps
}
