# shmem charges a tmpfs object page by page as faults allocate its pages
# (shmem_getpage_gfp -> shmem_acct_block, mm/shmem.c:175-182; a tmpfs file
# is created VM_NORESERVE by shmem_mknod, :2962). So populating a mapping of
# a tmpfs file moves Committed_AS, shared or private, read-only too; the
# charge stays with the file after munmap and close, and O_TRUNC gives it
# back (shmem_truncate_range). Shared anonymous memory mapped MAP_NORESERVE
# is charged the same way (shmem_zero_setup passes the VMA's VM_NORESERVE)
# and gives it back with its last mapping; mlock populates too. Checked on
# Linux 4.12 in a VM: +16 kB, still +16 after munmap and close, -16 on
# O_TRUNC, +8 then -8, +12 on mlock, +16 private read-only, and a private
# writable 8K mapping +16 (8 charged at mmap, 8 for the file's pages).
kernel "4.12"

mount /t tmpfs
file /t/f size=16K
file /t/g size=16K
file /t/h size=8K

process app {
    open("/t/f", O_RDWR) = 3
    $a = mmap(NULL, 16384, PROT_READ, MAP_SHARED|MAP_POPULATE, 3, 0) = 0x7ffff7ffb000
    status { Committed_AS: 16 kB }
    munmap($a, 16384) = 0
    close(3) = 0
    status { Committed_AS: 16 kB }
    open("/t/f", O_RDWR|O_TRUNC) = 3
    status { Committed_AS: 0 kB }
    close(3) = 0
    $b = mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_NORESERVE|MAP_POPULATE, -1, 0) = 0x7ffff7ffd000
    status { Committed_AS: 8 kB }
    munmap($b, 8192) = 0
    status { Committed_AS: 0 kB }
    $c = mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7ffff7ffc000
    status { Committed_AS: 0 kB }
    mlock($c, 12288) = 0
    status { Committed_AS: 12 kB  VmLck: 12 kB }
    munmap($c, 12288) = 0
    open("/t/g", O_RDONLY) = 3
    $d = mmap(NULL, 16384, PROT_READ, MAP_PRIVATE|MAP_POPULATE, 3, 0) = 0x7ffff7ffb000
    status { Committed_AS: 16 kB }
    munmap($d, 16384) = 0
    open("/t/h", O_RDWR) = 4
    mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_POPULATE, 4, 0) = 0x7ffff7ffd000
    status { Committed_AS: 32 kB }
}
