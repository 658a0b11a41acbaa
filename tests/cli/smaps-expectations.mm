# A `smaps { }` block: the first holds (a real smaps pasted in, with
# fields the model does not compare), the second expects one page too
# many and misses the `ac` flag.
process app {
    $a = mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    write $a 8192
    smaps {
        7ffff7ffb000-7ffff7fff000 rw-p 00000000 00:00 0
        Size:                 16 kB
        KernelPageSize:        4 kB
        MMUPageSize:           4 kB
        Rss:                   8 kB
        Pss:                   8 kB
        Anonymous:             8 kB
        Locked:                0 kB
        THPeligible:           0
        VmFlags: rd wr mr mw me ac
    }
    smaps {
        7ffff7ffb000-7ffff7fff000 rw-p
        Rss: 12 kB
        VmFlags: rd wr mr mw me
    }
}
