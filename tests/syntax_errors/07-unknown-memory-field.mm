memory total=16G fre=12G
