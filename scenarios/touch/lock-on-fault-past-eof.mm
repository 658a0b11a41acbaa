# A mapping locked on fault (mlock2 MLOCK_ONFAULT, mlockall MCL_ONFAULT)
# is populated by nothing, so nothing past the end of its file is met when
# it is locked; a program's own access there is still SIGBUS (the fault
# finds no page: filemap_fault), the pages before it served.
kernel "6.18"
file /data/f size=12K mode=0644
process app {
    $fd = openat(AT_FDCWD, "/data/f", O_RDWR) = 3
    $a = mmap(0x100000010000, 16384, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED, $fd, 0) = 0x100000010000
    mlock2($a, 16384, MLOCK_ONFAULT) = 0
    read $a 8192 = ok
    write $a + 8192 8192 = SIGBUS BUS_ADRERR
    $b = mmap(0x100000020000, 8192, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED, $fd, 12288) = 0x100000020000
    mlockall(MCL_CURRENT|MCL_ONFAULT) = 0
    write $b = SIGBUS BUS_ADRERR
    smaps
    status
}
