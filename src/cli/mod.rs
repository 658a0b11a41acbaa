//! The `mmrun` command line. `mmrun FILE...` runs scenarios (`run.rs`, also
//! `--kernel A,B` side by side); `--oracle host` runs them on the running
//! kernel as well (`oracle.rs`); `mmrun fuzz` generates them
//! (`fuzz.rs`); `mmrun __oracle-ns` is the oracle's namespace holder, not
//! for people. Exit statuses: 0 all held, 1 some did not, 2 a scenario
//! could not be run, 64 bad usage, 128+N when signal N stopped an oracle run.

mod fuzz;
mod kernels;
mod oracle;
mod output;
mod run;

use clap::{Parser, ValueEnum};
use std::process::ExitCode;

pub use output::{Loaded, Out};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Transcripts and diagnostics for people.
    Text,
    /// JSON Lines, one record a line (docs/json.md).
    Json,
}

/// Where `--oracle` runs scenarios for real.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Oracle {
    /// The running kernel (needs root).
    Host,
    /// A kernel booted in a throw-away VM (`mmrun kernels install`).
    Vm(mmrun::oracle::vm::kernels::VmKernel),
}

/// `host` or `vm:KERNEL`.
pub fn parse_oracle(s: &str) -> Result<Oracle, String> {
    use mmrun::oracle::vm::kernels::VmKernel;
    if s == "host" {
        return Ok(Oracle::Host);
    }
    let known: Vec<String> = VmKernel::ALL
        .iter()
        .map(|k| format!("vm:{}", k.name()))
        .collect();
    s.strip_prefix("vm:")
        .and_then(VmKernel::parse)
        .map(Oracle::Vm)
        .ok_or_else(|| format!("`host` or one of {}", known.join(", ")))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

/// What will Linux do with this mmap, and why? Runs .mm scenarios through a
/// model of the kernel's mm code and prints what that kernel answers.
#[derive(Parser, Debug)]
#[command(
    name = "mmrun",
    version,
    about,
    after_help = "Differential fuzzing against the running kernel: mmrun fuzz --oracle host --seed S --count N (see mmrun fuzz --help)."
)]
pub struct Cli {
    /// Scenario files to run.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<std::path::PathBuf>,
    /// Kernel profile, overriding each scenario's `kernel` header (4.12,
    /// 6.1, 6.12 or 6.18). Several, comma-separated (`4.12,6.18`), run each
    /// scenario under each and print where their outcomes differ.
    #[arg(long, value_name = "VERSION[,VERSION]")]
    pub kernel: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Print only failures and the summary.
    #[arg(long, short)]
    pub quiet: bool,
    /// Show, under every call, its way through the kernel.
    #[arg(long)]
    pub explain: bool,
    /// Run each scenario for real on the running kernel as well and compare
    /// it, call by call, with the model: `host` is the running kernel and
    /// the 6.18 profile (needs root); `vm:4.12`, `vm:6.1` and `vm:6.12` boot
    /// that kernel in a VM (qemu, `mmrun kernels install`) and judge its
    /// profile.
    #[arg(long, value_parser = parse_oracle, value_name = "WHERE")]
    pub oracle: Option<Oracle>,
    /// Colour in diagnostics (NO_COLOR is respected under `auto`).
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
}

pub const EXIT_FAILED: u8 = 1;
pub const EXIT_CANNOT_RUN: u8 = 2;
pub const EXIT_USAGE: u8 = 64;

/// Parse a command line, or the exit status clap's message deserves.
pub fn parse<T: Parser>(args: impl IntoIterator<Item = std::ffi::OsString>) -> Result<T, ExitCode> {
    T::try_parse_from(args).map_err(|e| {
        let _ = e.print();
        match e.kind() {
            clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                ExitCode::SUCCESS
            }
            _ => ExitCode::from(EXIT_USAGE),
        }
    })
}

pub fn main() -> ExitCode {
    let first = std::env::args_os().nth(1);
    if first.as_deref().is_some_and(|a| a == "__oracle-ns") {
        return mmrun::oracle::holder_main();
    }
    if first.as_deref().is_some_and(|a| a == "__vm-guest") {
        let args: Vec<String> = std::env::args().skip(2).collect();
        return mmrun::oracle::vm::guest::main(&args);
    }
    if first.as_deref().is_some_and(|a| a == "fuzz") {
        return fuzz::main();
    }
    if first.as_deref().is_some_and(|a| a == "kernels") {
        return kernels::main();
    }
    let cli: Cli = match parse(std::env::args_os()) {
        Ok(c) => c,
        Err(code) => return code,
    };
    if cli.oracle.is_some() {
        return oracle::main(&cli);
    }
    run::main(&cli)
}
