# Which mappings take which advice. MADV_DONTNEED refuses locked memory
# (4.12 can_madv_dontneed_vma, mm/internal.h:46); MADV_FREE anonymous
# memory only (mm/madvise.c:458: a shared anonymous mapping has shmem's
# vm_ops, a private /dev/zero one has none); MADV_REMOVE wants a shared
# mapping that can write its file (mm/madvise.c:579: 4.12 asks for
# VM_SHARED|VM_WRITE, 6.x for VM_SHARED|VM_MAYWRITE, so a read-only shared
# mapping of a file opened O_RDWR takes it there) and refuses locked memory
# and private anonymous memory first (:570, :575); advice that only changes
# flags (DONTFORK, DONTDUMP) is taken by all. Each refusal stops the walk.
kernel "4.12"
mount /t tmpfs
file /t/f size=16K mode=0666
device /dev/zero zero
process app {
    $rw = open("/t/f", O_RDWR) = 3
    $ro = open("/t/f", O_RDONLY) = 4
    $s = mmap(0x100000000000, 16384, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED, $rw, 0) = 0x100000000000
    $p = mmap(0x100000010000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED, $rw, 0) = 0x100000010000
    $sr = mmap(0x100000020000, 16384, PROT_READ, MAP_SHARED|MAP_FIXED, $rw, 0) = 0x100000020000
    $so = mmap(0x100000030000, 16384, PROT_READ, MAP_SHARED|MAP_FIXED, $ro, 0) = 0x100000030000
    $sa = mmap(0x100000040000, 16384, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000040000
    $a = mmap(0x100000050000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x100000050000
    $z = open("/dev/zero", O_RDWR) = 5
    $pz = mmap(0x100000060000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED, $z, 0) = 0x100000060000
    $l = mmap(0x100000070000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_LOCKED, -1, 0) = 0x100000070000
    madvise($s, 4096, MADV_DONTNEED) = 0
    madvise($p, 4096, MADV_DONTNEED) = 0
    madvise($l, 4096, MADV_DONTNEED) = -1 EINVAL (Invalid argument)
    madvise($l, 4096, MADV_DONTNEED_LOCKED) = -1 EINVAL (Invalid argument)
    madvise($a, 4096, MADV_FREE) = 0
    madvise($pz, 4096, MADV_FREE) = 0
    madvise($sa, 4096, MADV_FREE) = -1 EINVAL (Invalid argument)
    madvise($p, 4096, MADV_FREE) = -1 EINVAL (Invalid argument)
    madvise($s, 4096, MADV_FREE) = -1 EINVAL (Invalid argument)
    madvise($l, 4096, MADV_FREE) = -1 EINVAL (Invalid argument)
    madvise($s, 4096, MADV_REMOVE) = 0
    madvise($sa, 4096, MADV_REMOVE) = 0
    madvise($sr, 4096, MADV_REMOVE) = -1 EACCES (Permission denied)
    madvise($so, 4096, MADV_REMOVE) = -1 EACCES (Permission denied)
    madvise($p, 4096, MADV_REMOVE) = -1 EACCES (Permission denied)
    madvise($a, 4096, MADV_REMOVE) = -1 EINVAL (Invalid argument)
    madvise($l, 4096, MADV_REMOVE) = -1 EINVAL (Invalid argument)
    madvise($pz, 4096, MADV_REMOVE) = -1 EACCES (Permission denied)
    madvise($a, 4096, MADV_WIPEONFORK) = -1 EINVAL (Invalid argument)
    madvise($pz, 4096, MADV_WIPEONFORK) = -1 EINVAL (Invalid argument)
    madvise($sa, 4096, MADV_WIPEONFORK) = -1 EINVAL (Invalid argument)
    madvise($p, 4096, MADV_WIPEONFORK) = -1 EINVAL (Invalid argument)
    madvise($a, 4096, MADV_KEEPONFORK) = -1 EINVAL (Invalid argument)
    madvise($l, 4096, MADV_COLD) = -1 EINVAL (Invalid argument)
    madvise($l, 4096, MADV_PAGEOUT) = -1 EINVAL (Invalid argument)
    madvise($s, 4096, MADV_COLD) = -1 EINVAL (Invalid argument)
    madvise($p, 4096, MADV_PAGEOUT) = -1 EINVAL (Invalid argument)
    madvise($s, 4096, MADV_WILLNEED) = 0
    madvise($so, 4096, MADV_WILLNEED) = 0
    madvise($sa, 4096, MADV_WILLNEED) = 0
    madvise($l+4096, 4096, MADV_DONTFORK) = 0
    madvise($so+4096, 4096, MADV_DONTDUMP) = 0
    madvise($sa+4096, 4096, MADV_MERGEABLE) = -1 EINVAL (Invalid argument)
    madvise($a+4096, 4096, MADV_MERGEABLE) = -1 EINVAL (Invalid argument)
    madvise($pz+4096, 4096, MADV_MERGEABLE) = -1 EINVAL (Invalid argument)
    madvise($p+4096, 4096, MADV_HUGEPAGE) = 0
    madvise($s, 65536, MADV_DONTNEED) = -1 ENOMEM (Cannot allocate memory)
    madvise($s, 16384, MADV_REMOVE) = 0
    madvise($s, 131072, MADV_REMOVE) = -1 EACCES (Permission denied)
    smaps
}
