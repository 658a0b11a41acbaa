open("/data/\q", O_RDONLY)
