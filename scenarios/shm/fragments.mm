# mprotect and munmap split an attach; its pieces never merge again (shm
# VMAs have a close method). shmdt finds the piece whose offset puts the
# segment's start at its address, anywhere above it, and then every piece
# of that same attach within the segment's size (4.12 ipc/shm.c:1315-1366).
kernel "4.12"
process app {
    $s = shmget(IPC_PRIVATE, 16384, IPC_CREAT|0600) = 0
    $p = shmat($s, NULL, 0) = 0x7ffff7ffb000
    mprotect($p + 4096, 4096, PROT_READ) = 0
    mprotect($p + 4096, 4096, PROT_READ|PROT_WRITE) = 0
    munmap($p, 4096) = 0
    maps {
        7ffff7ffc000-7ffff7ffd000 rw-s 00001000 00:05 0 /SYSV00000000 (deleted)
        7ffff7ffd000-7ffff7fff000 rw-s 00002000 00:05 0 /SYSV00000000 (deleted)
    }
    # Nothing starts at offset 0 any more, but the pieces' offsets still
    # name $p as the segment's start.
    shmdt($p + 4096) = -1 EINVAL (Invalid argument)
    shmdt($p) = 0
    maps { }
    # A later attach of the same segment is a file of its own: shmdt of
    # the first leaves the second.
    $a = shmat($s, NULL, 0) = 0x7ffff7ffb000
    $b = shmat($s, $a - 16384, 0) = 0x7ffff7ff7000
    munmap($a, 4096) = 0
    shmdt($a) = 0
    maps {
        7ffff7ff7000-7ffff7ffb000 rw-s 00000000 00:05 0 /SYSV00000000 (deleted)
    }
}
