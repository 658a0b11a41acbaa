# may_open (fs/namei.c, notes §3 step 6.h "IS_APPEND"): an append-only inode
# (chattr +a) may be opened for writing only with O_APPEND, and never with
# O_TRUNC -> EPERM, even for root. Read-only opens are fine. (Mapping it
# MAP_SHARED from a writable fd then fails: append-only-shared-eacces.mm.)
kernel "4.12"

file /data/log size=4K append

process admin {
    open("/data/log", O_WRONLY) = -1 EPERM
    open("/data/log", O_RDWR) = -1 EPERM
    open("/data/log", O_WRONLY|O_APPEND|O_TRUNC) = -1 EPERM
    open("/data/log", O_WRONLY|O_APPEND) = 3
    open("/data/log", O_RDWR|O_APPEND) = 4
    open("/data/log", O_RDONLY) = 5
}
