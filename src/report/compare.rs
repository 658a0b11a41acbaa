//! `--kernel 4.12,6.18`: one scenario under two profiles, and where their
//! outcomes differ, call by call and VMA by VMA, with both explanations.

use super::maps::maps_line;
use super::strace;
use crate::runner::{Event, Run};
use std::fmt::Write;

fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())]
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1
}

fn outcome(name: &str, r: &Result<u64, crate::engine::Refusal>) -> String {
    match r {
        Ok(_) => format!("= {}", strace::result(name, r)),
        Err(e) => format!(
            "= {}  [{} ({}): {}]",
            strace::result(name, r),
            e.function(),
            e.location(),
            e.explain()
        ),
    }
}

/// The differences between two runs of one scenario, or an empty string.
pub fn differences(source: &str, a: &Run, b: &Run) -> String {
    let (ka, kb) = (a.kernel.name(), b.kernel.name());
    let mut out = String::new();
    for (ea, eb) in a.events.iter().zip(&b.events) {
        match (ea, eb) {
            (
                Event::Call {
                    name,
                    args,
                    result: ra,
                    span,
                    ..
                },
                Event::Call {
                    args: args_b,
                    result: rb,
                    ..
                },
            ) => {
                let same = match (ra, rb) {
                    (Ok(x), Ok(y)) => x == y,
                    (Err(x), Err(y)) => x.errno() == y.errno(),
                    _ => false,
                };
                if !same || args != args_b {
                    let _ = writeln!(
                        out,
                        "line {}: {}",
                        line_of(source, span.start),
                        strace::call(name, args)
                    );
                    if args != args_b {
                        let _ = writeln!(out, "  {kb} calls it as {}", strace::call(name, args_b));
                    }
                    let _ = writeln!(out, "  {ka:>5}: {}", outcome(name, ra));
                    let _ = writeln!(out, "  {kb:>5}: {}", outcome(name, rb));
                }
            }
            (
                Event::Maps {
                    entries: ma, span, ..
                },
                Event::Maps { entries: mb, .. },
            ) if ma != mb => {
                let _ = writeln!(out, "line {}: maps differ", line_of(source, span.start));
                let la: Vec<String> = ma.iter().map(maps_line).collect();
                let lb: Vec<String> = mb.iter().map(maps_line).collect();
                for l in &la {
                    if !lb.contains(l) {
                        let _ = writeln!(out, "  {ka:>5}: {l}");
                    }
                }
                for l in &lb {
                    if !la.contains(l) {
                        let _ = writeln!(out, "  {kb:>5}: {l}");
                    }
                }
            }
            (Event::Status { info: sa, span, .. }, Event::Status { info: sb, .. }) if sa != sb => {
                let _ = writeln!(out, "line {}: status differs", line_of(source, span.start));
                for ((n, va, _), (_, vb, _)) in sa.fields().iter().zip(sb.fields().iter()) {
                    if va != vb {
                        let _ = writeln!(out, "  {n}: {ka} {va}, {kb} {vb}");
                    }
                }
            }
            _ => {}
        }
    }
    out
}
