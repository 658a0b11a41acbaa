//! Builds the host oracle's probe (`src/oracle/probe.c`): a static, non-PIE
//! x86-64 program without a C library, linked at 0x7ffffe000000 (32 MiB
//! below TASK_SIZE, where a real process has its stack: above every
//! mmap_base, so top-down searches never meet it). mmrun embeds it and
//! execs it per scenario process. Without a C compiler (or off x86-64
//! Linux) an empty file is embedded instead and `--oracle host` says so;
//! nothing else depends on it.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    let src = "src/oracle/probe.c";
    println!("cargo:rerun-if-changed={src}");
    println!("cargo:rerun-if-env-changed=CC");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let bin = out.join("oracle-probe");
    let target_ok = std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux")
        && std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("x86_64");
    let cc = std::env::var("CC").unwrap_or_else(|_| "gcc".into());
    let built = target_ok
        && Command::new(&cc)
            .args([
                "-static",
                "-nostdlib",
                "-fno-pie",
                "-no-pie",
                "-mcmodel=large",
                "-O2",
                "-fno-stack-protector",
                "-fno-asynchronous-unwind-tables",
                "-Wl,--build-id=none",
                "-Wl,-Ttext-segment=0x7ffffe000000",
                "-o",
            ])
            .arg(&bin)
            .arg(src)
            .status()
            .is_ok_and(|s| s.success());
    if !built {
        println!(
            "cargo:warning=could not build the host oracle's probe with `{cc}`; `--oracle host` will be unavailable"
        );
        std::fs::write(&bin, b"").expect("OUT_DIR is writable");
    }
    println!("cargo:rustc-env=MMRUN_ORACLE_PROBE={}", bin.display());
}
