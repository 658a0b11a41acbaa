process app uid=1000 caps=CAP_IPC_LOK {
    mlockall(MCL_CURRENT)
}
