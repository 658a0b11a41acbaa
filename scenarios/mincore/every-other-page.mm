# Every other page written in a loop (a `repeat` block) is resident, the
# rest not; MADV_DONTNEED over all of it, page by page, leaves none.
process app {
    $a = mmap(NULL, 32768, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ff7000
    repeat 4 as $i {
        write $a + $i * 8192 = ok
        mincore($a + $i * 8192, 8192, [1, 0]) = 0
    }
    mincore($a, 32768, [1, 0, 1, 0, 1, 0, 1, 0]) = 0
    repeat 8 as $i: madvise($a + $i * 4096, 4096, MADV_DONTNEED) = 0
    mincore($a, 32768, [0, 0, 0, 0, 0, 0, 0, 0]) = 0
}
