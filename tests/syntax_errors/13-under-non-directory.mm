file /data size=4K
file /data/inner size=4K
