# fput does not free a file at once: it queues the release for the task's
# return to user space (task_work). A MAP_FIXED that replaces the last
# mapping of a shared anonymous object unmaps it (mm/mmap.c:1628-1632), but
# the object's charge is still held when shmem_zero_setup charges the new
# object (:1704-1708): in mode 2 with room for one, the new one does not
# fit, the call fails with ENOMEM and leaves a hole, and the old charge is
# given back as the call returns. Checked on Linux 4.12 in a VM (a shared
# anonymous mapping of 3/4 of the room, MAP_FIXED over itself: ENOMEM, the
# range unmapped).
kernel "4.12"

memory total=1G free=512M swap=0
sysctl vm.overcommit_memory = 2
sysctl vm.overcommit_kbytes = 64
sysctl vm.admin_reserve_kbytes = 0
sysctl vm.user_reserve_kbytes = 0

process app {
    $a = mmap(NULL, 8*4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ff7000
    status { Committed_AS: 32 kB }
    # 8 held + 8 new = 16 pages, not < 16
    mmap($a, 8*4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 ENOMEM
    maps {
    }
    status { Committed_AS: 0 kB  MapCount: 0 }
    mmap($a, 8*4096, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x7ffff7ff7000
    status { Committed_AS: 32 kB }
}
