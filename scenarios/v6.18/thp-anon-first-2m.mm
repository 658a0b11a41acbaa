# THP alignment of anonymous mappings (delta §5.1 step 2, §5.3): no hint and
# len a multiple of 2 MiB -> padded top-down search for len + 2M.
# 2M: ret = 0x7ffff7fff000 - 0x400000 = 0x7ffff7bff000, off_sub = (0 - ret)
# mod 2M = 0x1000 -> 0x7ffff7c00000 (4.12: 0x7ffff7dff000).
# 4M next: padded 6M hole below 0x7ffff7c00000 -> ret = 0x7ffff7600000,
# off_sub = 0 in a top-down mm -> ret + 2M = 0x7ffff7800000, directly below the
# 2M one, and they merge. A 4K mapping then fills the alignment hole above.
# Verified on host 6.18 (host REF placed at the model's 2 MiB phase by an
# RLIMIT_STACK of 127M+0x1f8000; results compared relative to REF).
kernel "6.18"
process app {
    mmap(NULL, 2M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7c00000
    mmap(NULL, 4M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7800000
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    maps {
        7ffff7800000-7ffff7e00000 rw-p 00000000
        7ffff7ffe000-7ffff7fff000 rw-p 00000000
    }
    status { MapCount: 2  VmSize: 6148 kB }
}
