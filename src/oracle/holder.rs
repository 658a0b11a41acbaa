//! `mmrun __oracle-ns`: the namespace holder. mmrun starts it as the init of
//! a new PID namespace (`sys::spawn_namespace_init`), in a session of its
//! own, with SIGKILL when mmrun dies; it takes a new mount namespace itself. It reads the world
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

/// The holder must be the init of a PID namespace of its own (mmrun clones
/// it so); it then takes a mount namespace of its own before touching any
/// mount, so that even when started some other way it cannot change the
/// machine's mounts.
fn own_namespaces() -> Result<(), String> {
    if std::process::id() != 1 {
        return Err(
            "`mmrun __oracle-ns` is started by `mmrun --oracle host` as the init of a new PID namespace, not by hand"
                .into(),
        );
    }
    super::sys::unshare_mount_namespace().map_err(|e| format!("a new mount namespace: {e}"))?;
    // The scenario's kernel.shm* settings are written in this IPC
    // namespace: it must be a new one, which its identity shows.
    let ipc =
        || std::fs::read_link("/proc/self/ns/ipc").map_err(|e| format!("/proc/self/ns/ipc: {e}"));
    let before = ipc()?;
    super::sys::unshare_ipc_namespace().map_err(|e| format!("a new IPC namespace: {e}"))?;
    if ipc()? == before {
        return Err("the IPC namespace did not change".into());
    }
    Ok(())
}

/// The scenario's settings of the holder's own namespaces, written before
/// the pivot hides /proc: the SysV limits (ipc/ipc_sysctl.c: each IPC
/// namespace has its own) and vm.memfd_noexec (kernel/pid_sysctl.h: the
/// writer's PID namespace, of which the holder is the init; it may not
/// go below the parent's). Only called once own_namespaces succeeded.
/// Err: the answer line.
fn set_ns_sysctls(spec: &WorldSpec) -> Result<(), String> {
    for &(sysctl, value) in &spec.ns_sysctls {
        if !sysctl.per_namespace() {
            return Err(format!(
                "error: {} is not a setting of the oracle's namespaces",
                sysctl.name()
            ));
        }
        std::fs::write(sysctl.path(), value.to_string())
            .map_err(|e| format!("unbuildable: sysctl {} = {value}: {e}", sysctl.name()))?;
    }
    Ok(())
}

pub fn holder_main() -> ExitCode {
    let mut out = std::io::stdout();
    if let Err(e) = own_namespaces() {
        let _ = writeln!(out, "error: {e}");
        return ExitCode::from(2);
    }
    let mut stdin = std::io::stdin().lock();
    let mut line = String::new();
    let answer = match stdin
        .read_line(&mut line)
        .map_err(|e| e.to_string())
        .and_then(|_| serde_json::from_str::<WorldSpec>(&line).map_err(|e| e.to_string()))
    {
        Ok(spec) => match set_ns_sysctls(&spec) {
            Err(line) => line,
            Ok(()) => match tree::build(&spec) {
                Ok(()) => "ready".to_string(),
                Err(e) => e.line(),
            },
        },
        Err(e) => format!("error: bad world description: {e}"),
    };
    let _ = writeln!(out, "{answer}").and_then(|_| out.flush());
    // Hold the namespaces until mmrun closes our stdin (or dies).
    let mut sink = [0u8; 256];
    while matches!(stdin.read(&mut sink), Ok(n) if n > 0) {}
    ExitCode::SUCCESS
}
