sysctl vm.max_map_cont = 100
