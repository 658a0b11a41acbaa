//! `mmrun kernels install` puts the kernels the VM oracle boots in mmrun's
//! cache (idempotent); `mmrun kernels list` says which are ready.

use super::EXIT_CANNOT_RUN;
use mmrun::oracle::vm::kernels::{self, VmKernel};
use std::process::ExitCode;

pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(2).collect();
    match args.first().map(String::as_str) {
        Some("install") => {
            let mut ok = true;
            for k in VmKernel::ALL {
                match kernels::install(k, &mut |m| eprintln!("mmrun: kernel {}: {m}", k.name())) {
                    Ok(path) => println!("{}: {}", k.name(), path.display()),
                    Err(e) => {
                        eprintln!("mmrun: kernel {}: {e}", k.name());
                        ok = false;
                    }
                }
            }
            if kernels::qemu().is_none() {
                eprintln!(
                    "mmrun: qemu-system-x86_64 is not installed: apt-get install qemu-system-x86"
                );
                ok = false;
            }
            if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(EXIT_CANNOT_RUN)
            }
        }
        Some("list") | None => {
            for k in VmKernel::ALL {
                let state = if k.installed() {
                    match k.installed_version() {
                        Some(v) => format!("{} ({v})", k.image().display()),
                        None => k.image().display().to_string(),
                    }
                } else {
                    "not installed (mmrun kernels install)".into()
                };
                println!("{}: {state}", k.name());
            }
            println!(
                "qemu: {}",
                kernels::qemu().map_or("not installed".into(), |q| q.display().to_string())
            );
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!(
                "mmrun: `kernels {other}`: use `mmrun kernels install` or `mmrun kernels list`"
            );
            ExitCode::from(super::EXIT_USAGE)
        }
    }
}
