mount /mnt/x tmpfss noexec
