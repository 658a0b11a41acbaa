process app {
    mmap(NULL, 4096, PROT_READ,
         MAP_PRIVATE|, -1, 0)
    munmap(0x1000 4096)
    close(3) = 0 extra
    maps {
        7fff-8000 rwxp zz
    }
}
}
