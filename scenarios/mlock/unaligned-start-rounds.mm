# do_mlock step 2 (mm/mlock.c:672-673, notes §2): len = PAGE_ALIGN(len +
# (start & 0xfff)), start rounded down -- never EINVAL. mlock(a+0x10, 4096)
# covers two pages, splitting the 3-page VMA (mlock_fixup split_vma).
kernel "4.12"
process app {
    $a = mmap(0x10000000, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x10000000
    mlock($a + 0x10, 4096) = 0
    maps {
        10000000-10002000 rw-p 00000000
        10002000-10003000 rw-p 00000000
    }
    status { VmLck: 8 kB  MapCount: 2 }
}
