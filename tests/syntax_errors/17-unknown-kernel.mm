kernel "4.13"
