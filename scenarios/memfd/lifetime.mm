# A memfd's pages are charged as they are faulted in (shmem_file_setup
# with VM_NORESERVE), and the object lives while its descriptor or a
# mapping holds it: after munmap the descriptor keeps the pages and their
# charge; the last close gives them back. Closed first, the mapping keeps
# it until munmap. Committed_AS counts this scenario's commitments.
kernel "6.12"
process app {
    $fd = memfd_create("life", 0) = 3
    ftruncate($fd, 16384) = 0
    $a = mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_POPULATE, $fd, 0) = 0x7ffff7ffb000
    status
    munmap($a, 16384) = 0
    status
    close($fd) = 0
    status
    $g = memfd_create("gone", 0) = 3
    ftruncate($g, 8192) = 0
    $b = mmap(NULL, 8192, PROT_READ, MAP_SHARED|MAP_POPULATE, $g, 0) = 0x7ffff7ffd000
    close($g) = 0
    status
    smaps
    munmap($b, 8192) = 0
    status
}
