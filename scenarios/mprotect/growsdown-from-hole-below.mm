# PROT_GROWSDOWN with start in the hole below the stack VMA (spec §7.2 step
# 3): the range becomes [vma.start, end), so only the VMA's lower page changes
# (split). A range ending at or below vma.start is ENOMEM (step 3.1).
kernel "4.12"
process app {
    $s = mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_GROWSDOWN, -1, 0) = 0x7ffff7ffd000
    mprotect($s - 8192, 8192, PROT_READ|PROT_GROWSDOWN) = -1 ENOMEM
    mprotect($s - 4096, 8192, PROT_READ|PROT_GROWSDOWN) = 0
    maps {
        7ffff7ffd000-7ffff7ffe000 r--p 00000000
        7ffff7ffe000-7ffff7fff000 rw-p 00000000
    }
}
