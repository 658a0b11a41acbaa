# generic_permission's capability fallbacks (fs/namei.c, notes §3 step 6.h):
# CAP_DAC_OVERRIDE lets any open through the mode bits (root has it);
# CAP_DAC_READ_SEARCH only read-only opens of files and searches of
# directories. Directory search permission is needed on the way (step 5).
kernel "4.12"

file /data/none mode=0000
dir /locked mode=0700
file /locked/f mode=0644

process user uid=1000 {
    open("/data/none", O_RDONLY) = -1 EACCES
    open("/locked/f", O_RDONLY) = -1 EACCES
}

process override uid=1000 caps=CAP_DAC_OVERRIDE {
    open("/data/none", O_RDWR) = 3
    open("/locked/f", O_RDONLY) = 4
}

process readsearch uid=1000 caps=CAP_DAC_READ_SEARCH {
    open("/data/none", O_RDONLY) = 3
    open("/data/none", O_RDWR) = -1 EACCES
    open("/locked/f", O_RDONLY) = 4
}

process admin {
    open("/data/none", O_RDWR) = 3
    open("/locked/f", O_RDWR) = 4
    # and with the O_RDWR descriptor a shared writable mapping is allowed
    mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = 0x7ffff7ffe000
}
