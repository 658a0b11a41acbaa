process app {
    munmap(0, 4096)
