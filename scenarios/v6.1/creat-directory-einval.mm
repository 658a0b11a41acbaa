# O_CREAT|O_DIRECTORY is EINVAL in build_open_flags from 6.4, and Debian's
# 6.1 has it too (a 6.1.y backport: 6.1.192 fs/open.c build_open_flags,
# "Block bugs where O_DIRECTORY | O_CREAT created regular files"); 6.1.0
# created a regular file. 4.12 does (files/ tests), 6.18 refuses
# (v6.18/o-tmpfile-einval.mm).
# Verified on Debian's 6.1 (6.1.192) in a VM.
kernel "6.1"
dir /w mode=0777
process app {
    open("/w/new", O_RDWR|O_CREAT|O_DIRECTORY, 0644) = -1 EINVAL (Invalid argument)
    open("/w", O_RDONLY|O_CREAT|O_DIRECTORY, 0644) = -1 EINVAL (Invalid argument)
    open("/w/new", O_RDWR|O_CREAT|O_EXCL, 0644) = 3
}
