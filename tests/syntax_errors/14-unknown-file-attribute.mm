file /data/a size=4K sise=8K
