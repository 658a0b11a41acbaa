device /dev/zero zro
