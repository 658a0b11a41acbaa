# __vm_enough_memory mode 1 (mm/util.c:532-661, spec §4.4 step 2): always
# succeeds, whatever the memory figures; the charge is still added to
# Committed_AS. 1T of private writable memory on a 1G machine.
kernel "4.12"

memory total=1G free=64M swap=0
sysctl vm.overcommit_memory = 1

process app uid=1000 {
    mmap(NULL, 1T, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7efff7fff000
    status { Committed_AS: 1073741824 kB  VmData: 1073741824 kB }
}
