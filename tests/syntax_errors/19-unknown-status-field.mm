status { VmLck: 64 kB  MapCnt: 2 }
