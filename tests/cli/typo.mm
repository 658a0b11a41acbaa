# A misspelt constant: the scenario cannot run.
mmap(NULL, 4096, PROT_RAED, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
