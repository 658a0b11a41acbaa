# do_mmap (mm/mmap.c:1340-1342, spec §2.1 step 2, §11.17): READ_IMPLIES_EXEC
# adds PROT_EXEC to PROT_READ requests -- except for a file on a noexec mount
# (path_noexec), where nothing is added and no error results. The same
# request on an exec mount becomes r-x. An explicit PROT_EXEC on the noexec
# file is still EPERM (:1416-1418).
kernel "4.12"

mount /mnt/nx tmpfs noexec
file /mnt/nx/data size=8K
file /data/data size=8K

process app {
    personality(READ_IMPLIES_EXEC) = 0
    open("/mnt/nx/data", O_RDONLY) = 3
    open("/data/data", O_RDONLY) = 4
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7ffe000
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 4, 0) = 0x7ffff7ffd000
    mmap(NULL, 4096, PROT_READ|PROT_EXEC, MAP_PRIVATE, 3, 0) = -1 EPERM
    maps {
        7ffff7ffd000-7ffff7ffe000 r-xp 00000000 /data/data
        7ffff7ffe000-7ffff7fff000 r--p 00000000 /mnt/nx/data
    }
}
