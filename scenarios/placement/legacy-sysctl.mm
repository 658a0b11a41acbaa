# vm.legacy_va_layout != 0 makes mmap_is_legacy true (arch/x86/mm/mmap.c:72-81,
# spec §3.1): bottom-up from 0x2aaaaaaab000; a freed low hole is reused by the
# ascending search (unmapped_area, mm/mmap.c:1767-1967).
kernel "4.12"
sysctl vm.legacy_va_layout = 1
process app {
    $a = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x2aaaaaaab000
    mmap(NULL, 4096, PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x2aaaaaaac000
    munmap($a, 4096) = 0
    mmap(NULL, 4096, PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x2aaaaaaab000
    maps {
        2aaaaaaab000-2aaaaaaac000 --xp 00000000
        2aaaaaaac000-2aaaaaaad000 -w-p 00000000
    }
}
