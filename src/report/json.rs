//! `--format json`: JSON Lines in every mode: one object a line, its
//! `"kind"` saying which record it is, nothing else on standard output. The
//! records and their fields are documented in docs/json.md. Values that can
//! exceed 2^53 (addresses, lengths, flags, limits, results) are hex strings
//! such as `"0x7ffff7ffd000"`, so that no JSON reader rounds them; counts,
//! line numbers and kB figures are numbers.

use super::difference::Difference;
use super::maps::maps_line;
use super::strace;
use crate::engine::Refusal;
use crate::engine::proc::{MapsEntry, StatusInfo};
use crate::runner::{ArgValue, Event, Mismatch, MismatchKind, ProcessInfo, Run};
use crate::syntax::ScenarioErrors;
use crate::syntax::lines::LineIndex;
use serde_json::{Value, json};

/// A 64-bit value as JSON readers keep it exactly.
pub fn hex(v: u64) -> Value {
    Value::String(format!("{v:#x}"))
}

fn arg(a: &ArgValue) -> Value {
    match a {
        ArgValue::Num(v) => hex(*v),
        ArgValue::Str(s) => Value::String(s.clone()),
        ArgValue::Rlimit { rlim_cur, rlim_max } => {
            json!({ "rlim_cur": hex(*rlim_cur), "rlim_max": hex(*rlim_max) })
        }
        ArgValue::Flock {
            l_type,
            l_whence,
            l_start,
            l_len,
        } => json!({
            "l_type": hex(*l_type), "l_whence": hex(*l_whence),
            "l_start": hex(*l_start), "l_len": hex(*l_len),
        }),
    }
}

/// The check that refused a call, with its explanation and facts.
pub fn check(r: &Refusal) -> Value {
    let facts: serde_json::Map<String, Value> = r
        .facts
        .iter()
        .map(|(k, v)| (k.to_string(), Value::String(v.to_string())))
        .collect();
    json!({
        "id": r.check.id,
        "errno": crate::uapi::errno_name(r.errno()),
        "citation": r.citation(),
        "explanation": r.explain(),
        "facts": facts,
    })
}

fn vma(e: &MapsEntry) -> Value {
    json!({
        "start": hex(e.start), "end": hex(e.end), "perms": e.perms,
        "offset": hex(e.offset), "dev": format!("{:02x}:{:02x}", e.dev.0, e.dev.1),
        "inode": e.inode, "name": e.name, "line": maps_line(e),
    })
}

fn status(s: &StatusInfo) -> Value {
    let fields: serde_json::Map<String, Value> = s
        .fields()
        .iter()
        .map(|(n, v, _)| (n.to_string(), json!(v)))
        .collect();
    Value::Object(fields)
}

/// The records of one scenario's run: one per call, maps, status and
/// rlimit statement, in order.
pub fn run_records<'a>(
    file: &'a str,
    lines: &'a LineIndex,
    run: &'a Run,
) -> impl Iterator<Item = Value> + 'a {
    run.events
        .iter()
        .map(move |event| event_record(file, lines, &run.processes, event))
}

/// The record of one call, maps, status or rlimit statement.
pub fn event_record(
    file: &str,
    lines: &LineIndex,
    processes: &[ProcessInfo],
    event: &Event,
) -> Value {
    let (process, span) = match event {
        Event::Call { process, span, .. }
        | Event::Maps { process, span, .. }
        | Event::Status { process, span, .. }
        | Event::Rlimit { process, span, .. } => (*process, *span),
    };
    let p = &processes[process];
    let mut record = json!({
        "kind": "", "file": file, "line": lines.line(span.start),
        "process": p.name, "pid": p.pid,
    });
    let extra = match event {
        Event::Call {
            call: name,
            args,
            result,
            steps,
            vmas,
            ..
        } => json!({
            "kind": "call",
            "call": name,
            "args": args.iter().map(arg).collect::<Vec<_>>(),
            "strace": strace::call(*name, args),
            "result": strace::result(*name, result),
            "return": match result { Ok(v) => hex(*v), Err(_) => json!(-1) },
            "errno": result.as_ref().err().and_then(|r| crate::uapi::errno_name(r.errno())),
            "check": result.as_ref().err().map(check),
            "steps": steps,
            "vmas": vmas.as_ref().map(|v| v.iter().map(vma).collect::<Vec<_>>()),
        }),
        Event::Maps { entries, .. } => json!({
            "kind": "maps",
            "vmas": entries.iter().map(vma).collect::<Vec<_>>(),
        }),
        Event::Status { info, .. } => json!({ "kind": "status", "status": status(info) }),
        Event::Rlimit {
            resource,
            soft,
            hard,
            ..
        } => json!({
            "kind": "rlimit",
            "resource": strace::resource_name(*resource),
            "soft": hex(*soft), "hard": hex(*hard),
        }),
    };
    if let (Some(r), Value::Object(e)) = (record.as_object_mut(), extra) {
        r.extend(e);
    }
    record
}

/// An expectation that did not hold.
pub fn mismatch(file: &str, source: &str, lines: &LineIndex, m: &Mismatch) -> Value {
    let (line, column) = lines.line_col(source, m.span.start);
    let mut record = json!({ "kind": "mismatch", "file": file, "line": line, "column": column });
    let extra = match &m.kind {
        MismatchKind::Result {
            expected,
            got,
            refusal,
        } => json!({
            "what": "result", "expected": expected, "got": got,
            "check": refusal.as_ref().map(check),
        }),
        MismatchKind::Maps { expected, got } => {
            json!({ "what": "maps", "expected": expected, "got": got })
        }
        MismatchKind::Status { fields } => json!({
            "what": "status",
            "fields": fields.iter().map(|(f, want, have)| json!({
                "name": f, "expected": want, "got": have,
            })).collect::<Vec<_>>(),
        }),
    };
    if let (Some(r), Value::Object(e)) = (record.as_object_mut(), extra) {
        r.extend(e);
    }
    record
}

/// A scenario that cannot be run: one record per error, with its place.
pub fn errors<'a>(errors: &'a ScenarioErrors, source: &'a str) -> impl Iterator<Item = Value> + 'a {
    let lines = LineIndex::new(source);
    errors.errors.iter().map(move |e| {
        let (line, column) = lines.line_col(source, e.span.start);
        json!({
            "kind": "error", "file": errors.name, "line": line, "column": column,
            "code": e.code, "message": e.message, "label": e.label, "help": e.help,
        })
    })
}

/// A file that could not be read.
pub fn unreadable(file: &str, message: &str) -> Value {
    json!({ "kind": "error", "file": file, "code": "mm::unreadable", "message": message })
}

/// A run that could not go on (the model's RunError).
pub fn cannot_run(file: &str, source: &str, span_start: usize, message: &str) -> Value {
    let lines = LineIndex::new(source);
    let (line, column) = lines.line_col(source, span_start);
    json!({
        "kind": "error", "file": file, "line": line, "column": column,
        "code": "mm::run", "message": message,
    })
}

/// Whether each scenario held: the last record of a run.
pub fn summary(passed: usize, failed: usize, broken: usize) -> Value {
    json!({ "kind": "summary", "passed": passed, "failed": failed, "could_not_run": broken })
}

/// `--kernel A,B`: one record per scenario, with where the profiles differ.
pub fn comparison(file: &str, a: &str, b: &str, differences: &[Difference]) -> Value {
    json!({
        "kind": "comparison", "file": file, "a": a, "b": b,
        "agree": differences.is_empty(), "differences": differences,
    })
}
