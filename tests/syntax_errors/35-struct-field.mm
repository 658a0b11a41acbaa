setrlimit(RLIMIT_STACK, {rlim_cur=8192*1024, rlim_maxx=RLIM64_INFINITY})
