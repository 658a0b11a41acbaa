# Blocks with the same name continue that process, in file order. a's second
# block continues a's top-down stack (0x7ffff7ffd000), untouched by b's
# mappings in between.
kernel "4.12"
process a {
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
}
process b {
    mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mmap(NULL, 4096, PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
}
process a {
    mmap(NULL, 4096, PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    maps {
        7ffff7ffd000-7ffff7ffe000 --xp 00000000
        7ffff7ffe000-7ffff7fff000 r--p 00000000
    }
    status { MapCount: 2 }
}
process b {
    status { MapCount: 2  VmSize: 12 kB }
}
