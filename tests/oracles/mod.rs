//! What the oracle tests (`oracle.rs`, `oracle_vm.rs`) share: running the
//! binary from the repository's root, with its output and errors as one
//! text.

#![allow(dead_code)]

use std::process::Command;

/// mmrun with `args`: its exit status, and stdout then stderr.
pub fn mmrun(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_mmrun"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("mmrun runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}
