arch aarch64
