# Quirk §11.3 / spec §4.1 step 2: MAP_FIXED unmaps the old range BEFORE the
# commit check (mm/mmap.c:1628-1642). Under overcommit mode 2 with a 64 kB
# commit limit (vm_commit_limit = overcommit_kbytes/4 + swap = 16 pages) a
# 32-page private writable MAP_FIXED fails ENOMEM (32 < 16 is false), but the
# read-only mapping it was replacing is already gone.
kernel "4.12"
sysctl vm.overcommit_memory = 2
sysctl vm.overcommit_kbytes = 64
memory swap=0
process app {
    $a = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000
    mmap($a, 131072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
    maps { }
    status { Committed_AS: 0 kB }
}
