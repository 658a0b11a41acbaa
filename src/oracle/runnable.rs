//! What this machine cannot reproduce, decided from the declarations and the
//! model's run before anything runs on the host. Each reason names the
//! scenario's line and this machine's figure, so that "not runnable here"
//! is never a mystery. (What can only be seen while running, a call that
//! blocks or reaches the probe's pages, is decided in `compare.rs`.)

use super::compare::MM_LIMITS;
use super::host::{HostFacts, cap_names};
use super::world::{FsKind, WorldSpec};
use super::{Kind, Reason, line_of};
use crate::engine::Sysctls;
use crate::report::strace::resource_name;
use crate::runner::{CallId, Event, Run};
use crate::syntax::ast::Scenario;
use crate::syntax::decl::Decl;

/// The most scenario processes run at once on the host: each is a real
/// process, and pids are a machine-wide resource.
pub const MAX_PROCESSES: usize = 256;

/// The most ext4 filesystems one scenario may have: each takes one of the
/// machine's loop devices while it runs.
pub const MAX_EXT4: usize = 4;

/// The most files, directories, devices and fifos one scenario may declare:
/// each is an inode in the memory of the machine.
pub const MAX_NODES: usize = 65536;

/// What the world would take from the machine.
pub fn world_size(spec: &WorldSpec) -> Vec<Reason> {
    let mut why = Vec::new();
    let ext4 = spec.mounts.iter().filter(|m| m.fs == FsKind::Ext4).count();
    if ext4 > MAX_EXT4 {
        why.push(Reason::new(
            Kind::Budget,
            format!(
                "{ext4} ext4 filesystems (the root's included): the oracle makes at most {MAX_EXT4}, each on one of the machine's loop devices"
            ),
        ));
    }
    if spec.nodes.len() > MAX_NODES {
        why.push(Reason::new(
            Kind::Budget,
            format!(
                "{} declared files, directories, devices and fifos: the oracle makes at most {MAX_NODES}",
                spec.nodes.len()
            ),
        ));
    }
    why
}

pub fn check(source: &str, scenario: &Scenario, run: &Run, host: &HostFacts) -> Vec<Reason> {
    let mut why = Vec::new();
    if run.processes.len() > MAX_PROCESSES {
        why.push(Reason::new(
            Kind::Budget,
            format!(
                "{} processes: the oracle runs at most {MAX_PROCESSES} (each is a real process, and pids are the machine's)",
                run.processes.len()
            ),
        ));
    }
    declarations(scenario, host, &mut why);
    calls(source, run, host, &mut why);
    why.extend(exec_limits(source, run, host));
    why
}

/// A size as people read it: exact units where they fit, else GiB to a tenth.
fn bytes(v: u64) -> String {
    if v == u64::MAX {
        "unlimited".into()
    } else if v >= 1 << 30 && !v.is_multiple_of(1 << 20) {
        format!("{:.1} GiB", v as f64 / (1u64 << 30) as f64)
    } else if v >= 1 << 30 && v.is_multiple_of(1 << 30) {
        format!("{} GiB", v >> 30)
    } else if v >= 1 << 20 && v.is_multiple_of(1 << 20) {
        format!("{} MiB", v >> 20)
    } else if v >= 1 << 10 && v.is_multiple_of(1 << 10) {
        format!("{} KiB", v >> 10)
    } else {
        format!("{v} bytes")
    }
}

/// A limit's value in its resource's unit (include/uapi/asm-generic/resource.h).
fn limit(resource: usize, v: u64) -> String {
    use crate::uapi::*;
    match resource as u64 {
        _ if v == RLIM_INFINITY => "unlimited".into(),
        RLIMIT_CPU => format!("{v} s"),
        RLIMIT_RTTIME => format!("{v} µs"),
        RLIMIT_NPROC | RLIMIT_NOFILE | RLIMIT_LOCKS | RLIMIT_SIGPENDING | RLIMIT_NICE
        | RLIMIT_RTPRIO => v.to_string(),
        _ => bytes(v),
    }
}

/// `memory` lines, sysctls other than this machine's, and an LA57 CPU.
fn declarations(scenario: &Scenario, host: &HostFacts, why: &mut Vec<Reason>) {
    if scenario.cpu_features.iter().any(|f| f.value == "la57") && !host.la57 {
        why.push(Reason::machine(
            "`arch x86_64 la57`: this machine does not run 5-level paging (no `la57` in /proc/cpuinfo)"
                .to_string(),
        ));
    }
    for decl in &scenario.declarations {
        match decl {
            // A VM is the scenario's machine: its huge-page pool is set as
            // the line says, and its swap (none) may be what it says; its RAM
            // cannot be sized to an exact total or free figure.
            Decl::Memory { memory, .. }
                if host.sysctls_settable
                    && memory.total.is_none()
                    && memory.free.is_none()
                    && memory.swap.is_none_or(|s| s == host.memory.swap) => {}
            Decl::Memory { .. } => why.push(Reason::new(
                Kind::Memory,
                format!(
                    "a `memory` line: this machine's memory cannot be set (it has {} of RAM and {})",
                    bytes(host.memory.total),
                    match host.memory.swap {
                        0 => "no swap".to_string(),
                        s => format!("{} of swap", bytes(s)),
                    }
                ),
            )),
            // Mode 2 compares the whole machine's Committed_AS with the
            // limit: in a VM the guest's own processes hold commitments the
            // model does not count.
            Decl::Sysctl { sysctl, value, .. }
                if host.sysctls_settable
                    && *sysctl == crate::uapi::Sysctl::OvercommitMemory
                    && *value == 2 =>
            {
                why.push(Reason::new(
                    Kind::Sysctl,
                    "sysctl vm.overcommit_memory = 2: the commit limit is machine-wide, and the guest's own processes hold commitments the model does not count".to_string(),
                ));
            }
            Decl::Sysctl { .. } if host.sysctls_settable => {}
            // The oracle's own IPC and PID namespaces take them.
            Decl::Sysctl { sysctl, .. } if sysctl.per_namespace() => {}
            Decl::Sysctl { sysctl, value, .. } => {
                let mut sys: Sysctls = host.sysctls;
                let here = *sys.slot_mut(*sysctl);
                if *value != here {
                    why.push(Reason::new(
                        Kind::Sysctl,
                        format!(
                            "sysctl {} = {value}, but this machine has {here} (the oracle never changes global settings)",
                            sysctl.name()
                        ),
                    ));
                }
            }
            _ => {}
        }
    }
}

/// Calls the model does not model, and answers that depend on a capability
/// the probe cannot have here.
fn calls(source: &str, run: &Run, host: &HostFacts, why: &mut Vec<Reason>) {
    for ev in &run.events {
        let Event::Call {
            process,
            call: name,
            args,
            result,
            caps_consulted,
            span,
            ..
        } = ev
        else {
            continue;
        };
        let line = line_of(source, *span);
        if let Err(r) = result
            && r.check.id == crate::engine::checks::NOT_MODELLED.id
        {
            why.push(Reason::new(
                Kind::Unmodelled,
                format!(
                    "line {line}: `{}` is not modelled yet (the model answers ENOSYS)",
                    r.facts
                        .iter()
                        .find(|(k, _)| *k == "call")
                        .map_or_else(|| name.to_string(), |(_, v)| v.to_string())
                ),
            ));
            continue;
        }
        let held = run.processes.get(*process).map_or(0, |p| p.caps);
        let missing = caps_consulted & held & !host.effective;
        if missing != 0 {
            let whose = if missing & !host.bounding != 0 {
                "this machine's capability bounding set lacks"
            } else {
                "mmrun runs without"
            };
            why.push(Reason::new(
                Kind::Capability,
                format!(
                    "line {line}: the answer to `{}` depends on {}, which {whose}",
                    crate::report::strace::call(*name, args),
                    cap_names(missing)
                ),
            ));
        }
    }
}

/// The limits each process must exec with (the model's starting limits and
/// the scenario's `rlimit` lines before its first call): without
/// CAP_SYS_RESOURCE a probe starts at most at mmrun's own hard limits.
fn exec_limits(source: &str, run: &Run, host: &HostFacts) -> Vec<Reason> {
    let mut why = Vec::new();
    if host.can_raise_limits() {
        return why;
    }
    let defaults = crate::engine::task::default_rlimits(run.kernel);
    for (i, p) in run.processes.iter().enumerate() {
        for (r, d) in defaults.iter().enumerate() {
            let (soft, hard) = p.exec_rlimits.get(r).copied().unwrap_or((d.cur, d.max));
            let here = host.hard[r];
            if hard <= here {
                continue;
            }
            if soft > here && MM_LIMITS.contains(&(r as u64)) {
                why.push(Reason::new(
                    Kind::Rlimit,
                    format!(
                        "process {} starts with {} at {} (hard {}), above this machine's hard limit {}, and CAP_SYS_RESOURCE is not in mmrun's capabilities",
                        p.name,
                        resource_name(r as u64),
                        limit(r, soft),
                        limit(r, hard),
                        limit(r, here)
                    ),
                ));
                continue;
            }
            // The probe starts with this machine's (lower) hard limit: only a
            // scenario that later asks for more than it could tell.
            let above = |soft: u64, hard: u64| soft > here || hard > here;
            let mut running = false;
            let touched = run.events.iter().find_map(|ev| match ev {
                Event::Rlimit {
                    process,
                    resource,
                    soft,
                    hard,
                    span,
                } if running && *process == i && *resource == r as u64 && above(*soft, *hard) => {
                    Some(*span)
                }
                Event::Call {
                    process,
                    call: name,
                    args,
                    span,
                    ..
                } => {
                    // A process runs (exec'd) from its first call on; a call
                    // of another process may set this one's limits too.
                    running |= *process == i;
                    let at = match *name {
                        CallId::Setrlimit => 0,
                        CallId::Prlimit64 => 1,
                        _ => return None,
                    };
                    let asks_more = match args.get(at + 1) {
                        Some(crate::runner::ArgValue::Rlimit { rlim_cur, rlim_max }) => {
                            above(*rlim_cur, *rlim_max)
                        }
                        _ => false,
                    };
                    (args.get(at).map(|a| a.num()) == Some(r as u64) && asks_more).then_some(*span)
                }
                _ => None,
            });
            if let Some(span) = touched {
                why.push(Reason::new(
                    Kind::Rlimit,
                    format!(
                        "line {}: process {} asks for more {} than this machine's hard limit, {}, which its probe starts with instead of the model's {} (CAP_SYS_RESOURCE is not in mmrun's capabilities)",
                        line_of(source, span),
                        p.name,
                        resource_name(r as u64),
                        limit(r, here),
                        limit(r, hard)
                    ),
                ));
            }
        }
    }
    why
}

#[cfg(test)]
mod tests {
    use super::bytes;

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(bytes(24731400 << 10), "23.6 GiB");
        assert_eq!(bytes(16 << 30), "16 GiB");
        assert_eq!(bytes(8 << 20), "8 MiB");
        assert_eq!(bytes(64 << 10), "64 KiB");
        assert_eq!(bytes(100), "100 bytes");
        assert_eq!(bytes(u64::MAX), "unlimited");
    }
}
