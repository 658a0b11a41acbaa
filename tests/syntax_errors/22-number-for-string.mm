open(3, O_RDONLY)
