mount /mnt tmpfs noexec=1
