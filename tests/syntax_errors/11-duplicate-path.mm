file /data/a size=4K
dir /data/a
