# A read fault on a disk file's mapping maps, besides the faulting page,
# what the page cache holds in the 16-page window around it
# (do_fault_around), which for a disk file depends on readahead: the model
# does not follow it, and does not claim the Rss of any VMA such a window
# reaches, even once the faulting pages are unmapped (found by the 6.1 VM
# fuzzer: the window had mapped page 6, left in the remaining VMA).
kernel "6.1"
file /data/f size=28K
process app {
    openat(AT_FDCWD, "/data/f", O_RDONLY) = 3
    $a = mmap(NULL, 32768, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7ff7000
    read $a + 4096 16384 = ok
    munmap($a, 24576) = 0
    smaps {
        7ffff7ffd000-7ffff7fff000 r--p 00006000 08:01 12 /data/f
        Size: 8 kB
        VmFlags: rd mr mw me sd
    }
}
