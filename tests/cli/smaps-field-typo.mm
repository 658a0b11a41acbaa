# A field smaps never prints, and a field above every maps line.
process app {
    $a = mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffb000
    smaps {
        Rss: 0 kB
        7ffff7ffb000-7ffff7fff000 rw-p
        Anonymuos: 0 kB
    }
}
