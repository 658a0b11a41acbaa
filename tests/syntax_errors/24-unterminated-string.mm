open("/data/a, O_RDONLY) = 3
