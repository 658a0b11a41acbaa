# Order inside do_mmap's file switch (mm/mmap.c:1392-1425, spec §2.1 step 12):
# the EACCES checks (FMODE_WRITE for shared PROT_WRITE, FMODE_READ) and the
# noexec EPERM come before the ENODEV of a missing mmap method, which in turn
# comes before the GROWSDOWN EINVAL.
kernel "4.12"

mount /mnt/nx tmpfs noexec
device /dev/null null
device /mnt/nx/null null
dir /srv/d

process app {
    open("/dev/null", O_RDONLY) = 3
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = -1 EACCES
    mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0) = -1 ENODEV
    open("/dev/null", O_WRONLY) = 4
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 4, 0) = -1 EACCES
    open("/mnt/nx/null", O_RDONLY) = 5
    mmap(NULL, 4096, PROT_READ|PROT_EXEC, MAP_PRIVATE, 5, 0) = -1 EPERM
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 5, 0) = -1 ENODEV
    open("/srv/d", O_RDONLY) = 6
    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_GROWSDOWN, 6, 0) = -1 ENODEV
    maps { }
}
