# ext4 uses thp_get_unmapped_area (delta §5.3): a 2M file mapping at offset 0
# goes to 0x7ffff7c00000 like anonymous memory; a 4M mapping at offset 4K can
# hold an aligned 2M chunk, so it is placed with addr = off (mod 2M): padded
# 6M hole at 0x7ffff7600000, off_sub = 0x1000 -> 0x7ffff7601000. A 4K
# mapping cannot hold a 2M chunk and uses the plain search (top page).
# Verified on host 6.18 (file on the host's ext4 root).
kernel "6.18"
file /data/big size=8M
process app {
    open("/data/big", O_RDONLY) = 3
    mmap(NULL, 2M, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7c00000
    mmap(NULL, 4M, PROT_READ, MAP_PRIVATE, 3, 4096) = 0x7ffff7601000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7ffe000
    maps {
        7ffff7601000-7ffff7a01000 r--p 00001000 /data/big
        7ffff7c00000-7ffff7e00000 r--p 00000000 /data/big
        7ffff7ffe000-7ffff7fff000 r--p 00000000 /data/big
    }
}
