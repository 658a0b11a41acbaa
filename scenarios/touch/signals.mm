# Touching memory: `read ADDR [LEN]` and `write ADDR [LEN]` load from or
# store to each page of the range, as a program would, and say what the
# kernel answered (arch/x86/mm/fault.c __do_page_fault). Nothing mapped:
# SIGSEGV with SEGV_MAPERR. A mapping that forbids the access: SEGV_ACCERR
# (access_error: a store needs PROT_WRITE; a load any of read, write or
# execute, since x86 page tables cannot say write-only). A file page past
# the end of the file: SIGBUS (BUS_ADRERR), the pages before it faulted in
# (tmpfs charges them). The first page that faults stops the range.
kernel "4.12"
mount /t tmpfs
file /t/f size=8K mode=0666
process app {
    $a = mmap(0x100000000000, 16384, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000000000
    read $a = ok
    read $a 16384 = ok
    write $a = SIGSEGV SEGV_ACCERR
    read $a + 16384 = SIGSEGV SEGV_MAPERR
    read $a + 8192 16384 = SIGSEGV SEGV_MAPERR
    read 0x200000000000 = SIGSEGV SEGV_MAPERR
    $n = mmap(0x100000020000, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000020000
    read $n = SIGSEGV SEGV_ACCERR
    write $n = SIGSEGV SEGV_ACCERR
    $w = mmap(0x100000030000, 4096, PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000030000
    read $w = ok
    write $w = ok
    $x = mmap(0x100000040000, 4096, PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000040000
    read $x = ok
    write $x = SIGSEGV SEGV_ACCERR
    $fd = open("/t/f", O_RDWR) = 3
    $s = mmap(0x100000010000, 16384, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED, $fd, 0) = 0x100000010000
    status
    read $s 16384 = SIGBUS BUS_ADRERR
    status
    write $s + 4096 100 = ok
    ftruncate($fd, 16384) = 0
    write $s 16384 = ok
    status
    mprotect($s, 16384, PROT_READ) = 0
    write $s + 12288 = SIGSEGV SEGV_ACCERR
}
