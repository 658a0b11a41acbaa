//! The text transcript: each call in strace notation with the model's
//! result, the check that refused a failing call, the way through the kernel
//! under --explain, and maps/status tables. Non-call lines are `#` comments,
//! so a transcript pasted into a scenario still parses.

use super::maps::status_lines;
use super::strace;
use crate::runner::{Event, ProcessInfo, Run};
use std::fmt::Write;

#[derive(Clone, Copy, Debug, Default)]
pub struct TextOptions {
    /// Only failing expectations are shown (the caller prints the diagnostics).
    pub quiet: bool,
    pub explain: bool,
}

/// The whole transcript of a kept run.
pub fn render(run: &Run, opts: &TextOptions) -> String {
    let mut out = String::new();
    let t = Transcript::new(*opts, run.processes.len());
    for event in &run.events {
        t.event(&mut out, &run.processes, event);
    }
    out
}

/// Renders a run's events one at a time, as a streamed run produces them.
pub struct Transcript {
    opts: TextOptions,
    /// Lines are labelled with their process when there are several.
    multi: bool,
}

impl Transcript {
    /// For a run of `processes` processes (`runner::process_count`).
    pub fn new(opts: TextOptions, processes: usize) -> Transcript {
        Transcript {
            opts,
            multi: processes > 1,
        }
    }

    /// Append `event`'s lines to `out`.
    pub fn event(&self, out: &mut String, processes: &[ProcessInfo], event: &Event) {
        let opts = &self.opts;
        if opts.quiet {
            return;
        }
        let label = |p: usize| {
            if self.multi {
                format!("[{} {}] ", processes[p].name, processes[p].pid)
            } else {
                String::new()
            }
        };
        match event {
            Event::Call {
                process,
                call: name,
                args,
                result,
                steps,
                ..
            } => {
                out.push_str(&label(*process));
                strace::write_call(out, *name, args);
                out.push_str(" = ");
                strace::write_call_result(out, *name, args, result);
                out.push('\n');
                write_way(out, opts.explain, steps, result);
            }
            Event::Touch {
                process,
                access,
                addr,
                len,
                result,
                steps,
                ..
            } => {
                out.push_str(&label(*process));
                let _ = writeln!(
                    out,
                    "{} = {}",
                    strace::touch(*access, *addr, *len),
                    strace::touch_result(result)
                );
                write_way(out, opts.explain, steps, result);
            }
            Event::Maps {
                process,
                entries,
                smaps,
                ..
            } => {
                let p = &processes[*process];
                let file = if *smaps { "smaps" } else { "maps" };
                let _ = writeln!(out, "# /proc/{}/{file} ({})", p.pid, p.name);
                for e in entries {
                    let _ = writeln!(out, "{}", super::maps::maps_or_smaps_lines(e));
                }
            }
            Event::Status { process, info, .. } => {
                let p = &processes[*process];
                let _ = writeln!(out, "# /proc/{}/status ({})", p.pid, p.name);
                for l in status_lines(info) {
                    let _ = writeln!(out, "{l}");
                }
            }
            Event::Rlimit {
                process,
                resource,
                soft,
                hard,
                ..
            } => {
                let _ = writeln!(
                    out,
                    "# {}rlimit {} soft={} hard={}",
                    label(*process),
                    strace::resource_name(*resource),
                    strace::rlim_value(*soft),
                    strace::rlim_value(*hard)
                );
            }
        }
    }
}

/// Under a call or an access: its way through the kernel (with
/// `--explain`) and the check that refused it.
fn write_way(
    out: &mut String,
    explain: bool,
    steps: &[crate::engine::trace::Step],
    result: &Result<u64, crate::engine::Refusal>,
) {
    if explain {
        for s in steps {
            match s.value {
                // Small values (descriptors, page counts) read better in decimal.
                Some(v) if v < 0x10000 => {
                    let _ = writeln!(out, "#     {}: {} {v}", s.func, s.what);
                }
                Some(v) => {
                    let _ = writeln!(out, "#     {}: {} {v:#x}", s.func, s.what);
                }
                None => {
                    let _ = writeln!(out, "#     {}: {}", s.func, s.what);
                }
            }
        }
    }
    if let Err(r) = result {
        let _ = writeln!(
            out,
            "#   refused by {}: {} [{}]",
            r.citation(),
            r.explain(),
            r.check.id
        );
    }
}
