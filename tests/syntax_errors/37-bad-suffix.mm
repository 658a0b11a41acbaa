file /data/a size=16KB
