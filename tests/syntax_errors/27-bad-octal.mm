file /data/a mode=0648
