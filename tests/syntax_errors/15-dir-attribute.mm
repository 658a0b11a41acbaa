dir /data size=4K
