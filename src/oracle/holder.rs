//! `mmrun __oracle-ns`: the namespace holder. mmrun starts it as the init of
//! a new PID namespace with a new mount namespace (`sys::spawn_namespace_init`),
//! in a session of its own, with SIGKILL when mmrun dies. It reads the world
//! (one JSON line) from stdin, builds it and pivots into it (`tree.rs`),
//! answers one line on stdout, then holds the namespaces until stdin closes.
//!
//! The probes join its namespaces, so they see only the world's files and
//! only each other's pids. When the holder exits, for whatever reason, the
//! kernel kills every process of its PID namespace and frees the mount
//! namespace with all its filesystems: nothing outlives it.

use super::tree;
use super::world::WorldSpec;
use std::io::{BufRead, Read, Write};
use std::process::ExitCode;

pub fn holder_main() -> ExitCode {
    let mut stdin = std::io::stdin().lock();
    let mut out = std::io::stdout();
    let mut line = String::new();
    let answer = match stdin
        .read_line(&mut line)
        .map_err(|e| e.to_string())
        .and_then(|_| serde_json::from_str::<WorldSpec>(&line).map_err(|e| e.to_string()))
    {
        Ok(spec) => match tree::build(&spec) {
            Ok(()) => "ready".to_string(),
            Err(e) => e.line(),
        },
        Err(e) => format!("error: bad world description: {e}"),
    };
    let _ = writeln!(out, "{answer}").and_then(|_| out.flush());
    // Hold the namespaces until mmrun closes our stdin (or dies).
    let mut sink = [0u8; 256];
    while matches!(stdin.read(&mut sink), Ok(n) if n > 0) {}
    ExitCode::SUCCESS
}
