# do_mlock (mm/mlock.c:661-706) + count_mm_mlocked_page_nr (629-659): only
# the already-locked pages INSIDE the new range are discounted. 12 pages
# locked; locking pages 8..15 (4 already locked) -> 8 + 12 - 4 = 16 <= 16, ok;
# the new part merges into the locked VMA (case 5 shape via mlock_fixup).
# Locking 4 more fresh pages -> 20 > 16 -> ENOMEM.
kernel "4.12"
process app uid=1000 {
    $a = mmap(NULL, 81920, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7feb000
    mlock($a, 49152) = 0
    status { VmLck: 48 kB  MapCount: 2 }
    mlock($a + 32768, 32768) = 0
    status { VmLck: 64 kB }
    mlock($a + 65536, 16384) = -1 ENOMEM
    maps {
        7ffff7feb000-7ffff7ffb000 rw-p 00000000
        7ffff7ffb000-7ffff7fff000 rw-p 00000000
    }
    status { VmLck: 64 kB  MapCount: 2 }
}
