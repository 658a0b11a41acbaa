process app uid=1000 groups=4 {
    close(3)
}
