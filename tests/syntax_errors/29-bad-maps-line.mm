maps {
    7ffff7ffd000-7ffff7ffe000 rw-q 00000000 /data/ro.bin
}
