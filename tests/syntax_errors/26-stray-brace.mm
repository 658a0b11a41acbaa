munmap(0, 4096)
}
