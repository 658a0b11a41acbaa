munmap(0, 4096) = -1 EINVALID (Invalid argument)
