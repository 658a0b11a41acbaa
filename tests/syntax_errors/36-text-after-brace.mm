process app {
    close(3)
} close(4)
