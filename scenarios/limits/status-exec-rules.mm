# vm_stat_account (mm/mmap.c:3159-3169, mm/internal.h:258-280, spec §4.3):
# exactly one class, checked in order: exec if (flags & (EXEC|WRITE|STACK))
# == EXEC, else stack if GROWSDOWN, else data if (flags & (WRITE|SHARED|STACK))
# == WRITE. So rwx private memory is data, not exec; --x is exec; shared r-x
# is exec too; a GROWSDOWN r-x mapping is stack.
kernel "4.12"

process app {
    mmap(NULL, 4K, PROT_READ|PROT_WRITE|PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffe000
    mmap(NULL, 8K, PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffc000
    mmap(NULL, 16K, PROT_READ|PROT_EXEC, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ff8000
    mmap(NULL, 32K, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS|MAP_GROWSDOWN, -1, 0) = 0x7ffff7ff0000
    status { VmSize: 60 kB  VmData: 4 kB  VmLib: 24 kB  VmStk: 32 kB  MapCount: 4 }
}
