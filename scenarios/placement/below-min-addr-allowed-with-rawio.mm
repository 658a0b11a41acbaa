# cap_mmap_addr (security/commoncap.c:1052-1064, spec §3.2 step 7) lets a
# caller with CAP_SYS_RAWIO map below mmap_min_addr, even page 0. Here an
# otherwise unprivileged uid holds just CAP_SYS_RAWIO.
kernel "4.12"
process app uid=1000 caps=CAP_SYS_RAWIO {
    mmap(0, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0
    maps {
        00000000-00001000 r--p 00000000
    }
}
