# mlock faults the range in (__mm_populate, mm/gup.c, ignore_errors = 0). A
# file page at or past the end of the file cannot be faulted (filemap_fault
# answers SIGBUS, so get_user_pages gives EFAULT), and do_mlock reports
# EFAULT as ENOMEM (mm/mlock.c:702-704) -- after the range was already
# marked locked. A zero length populates nothing and succeeds. (Found by
# `mmrun fuzz` against the 6.18 host, which behaves the same.)
kernel "4.12"
file /data/f size=8K
process app {
    openat(AT_FDCWD, "/data/f", O_RDONLY) = 3
    $a = mmap(NULL, 16K, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7ffb000
    mlock($a, 8K) = 0
    mlock($a, 16K) = -1 ENOMEM
    mlock($a+4096, 0) = 0
    status { VmLck: 16 kB }
    maps {
        7ffff7ffb000-7ffff7fff000 r--p 00000000 /data/f
    }
}
