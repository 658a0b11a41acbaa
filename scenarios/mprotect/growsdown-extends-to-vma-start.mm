# PROT_GROWSDOWN (spec §7.2 step 3, mm/mprotect.c:415-492): start is moved
# down to the start of the VM_GROWSDOWN VMA, even if it lay inside it or in
# the hole below it. Here start is the VMA's upper page: the whole VMA
# changes, no split.
kernel "4.12"
process app {
    $s = mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_GROWSDOWN, -1, 0) = 0x7ffff7ffd000
    mprotect($s + 4096, 4096, PROT_READ|PROT_GROWSDOWN) = 0
    maps {
        7ffff7ffd000-7ffff7fff000 r--p 00000000
    }
    status { MapCount: 1  VmStk: 8 kB }
}
