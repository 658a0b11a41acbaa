# Relaxed anon_vma rule (delta §6.3, §8 step 9.6): a VMA with an anon_vma
# (write-faulted by MAP_POPULATE) may now merge into an untouched neighbour
# that has none; the anon_vma is carried over. 4.12 refused this
# (merge/anon-vma-blocks-mprotect-merge.mm: two VMAs). PROT_EXEC keeps the two
# apart until mprotect gives them equal flags.
# Verified on host 6.18.
kernel "6.18"
process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    $b = mmap(NULL, 4096, PROT_READ|PROT_WRITE|PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = 0x7ffff7ffd000
    mprotect($b, 4096, PROT_READ|PROT_WRITE) = 0
    maps {
        7ffff7ffd000-7ffff7fff000 rw-p 00000000
    }
    status { MapCount: 1 }
}
