mount /mnt tmpfs
mount /mnt/ ext4 ro
