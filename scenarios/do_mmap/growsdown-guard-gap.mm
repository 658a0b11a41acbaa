# MAP_GROWSDOWN (calc_vm_flag_bits, include/linux/mman.h:84-90) gives
# VM_GROWSDOWN; vm_start_gap (include/linux/mm.h:2226-2245, spec §3.5) then
# reserves stack_guard_gap = 1 MiB below it: the top-down search puts the next
# mapping under that gap, and a hint inside it is refused (§3.4 step 4).
# MAP_FIXED ignores the guard gap.
kernel "4.12"

process app {
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_GROWSDOWN, -1, 0) = 0x7ffff7ffe000
    # gap [0, 0x7ffff7ffe000 - 0x100000): highest fit 0x7ffff7efe000 - 4096
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7efd000
    # hint right below the stack: inside the guard gap, refused -> search
    mmap(0x7ffff7ffd000, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7efc000
    mmap(0x7ffff7ffd000, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x7ffff7ffd000
    maps {
        7ffff7efc000-7ffff7efd000 ---p
        7ffff7efd000-7ffff7efe000 r--p
        7ffff7ffd000-7ffff7ffe000 ---p
        7ffff7ffe000-7ffff7fff000 rw-p
    }
    status { VmStk: 4 kB }
}
