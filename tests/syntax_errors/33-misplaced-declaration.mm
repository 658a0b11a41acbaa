process app {
    file /data/a size=4K
}
