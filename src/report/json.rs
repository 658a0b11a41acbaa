//! `--format json`: JSON Lines in every mode: one object a line, its
//! `"kind"` saying which record it is, nothing else on standard output. The
//! records and their fields are documented in docs/json.md. Values that can
//! exceed 2^53 (addresses, lengths, flags, limits, results) are hex strings
//! such as `"0x7ffff7ffd000"`, so that no JSON reader rounds them; counts,
//! line numbers and kB figures are numbers.

use super::difference::{Difference, ManyDifference};
use super::maps::maps_line;
use super::strace;
use crate::engine::Refusal;
use crate::engine::proc::{MapsEntry, StatusInfo};
use crate::runner::{ArgValue, Event, Mismatch, MismatchKind, ProcessInfo};
use crate::syntax::ScenarioErrors;
use crate::syntax::lines::LineIndex;
use serde::{Serialize, Serializer};
use serde_json::{Value, json};

/// A 64-bit value as JSON readers keep it exactly.
pub fn hex(v: u64) -> Value {
    Value::String(format!("{v:#x}"))
}

/// The check that refused a call, with its explanation and facts.
pub fn check(r: &Refusal) -> Value {
    serde_json::to_value(CheckOut(r)).unwrap_or(Value::Null)
}

fn status(s: &StatusInfo) -> Value {
    let fields: serde_json::Map<String, Value> = s
        .fields()
        .iter()
        .map(|(n, v, _)| (n.to_string(), json!(v)))
        .collect();
    Value::Object(fields)
}

/// A 64-bit value as a hex string, written without an allocation.
struct Hex(u64);

impl Serialize for Hex {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("{:#x}", self.0))
    }
}

/// An argument as JSON: numbers as hex strings, structs as objects.
struct ArgOut<'a>(&'a ArgValue);

impl Serialize for ArgOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self.0 {
            ArgValue::Num(v) => Hex(*v).serialize(s),
            ArgValue::Str(text) => s.serialize_str(text),
            ArgValue::Vector { entries, more } => {
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("entries", entries)?;
                m.serialize_entry("more", more)?;
                m.end()
            }
            ArgValue::Rlimit { rlim_cur, rlim_max } => {
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("rlim_cur", &Hex(*rlim_cur))?;
                m.serialize_entry("rlim_max", &Hex(*rlim_max))?;
                m.end()
            }
            ArgValue::Flock {
                l_type,
                l_whence,
                l_start,
                l_len,
            } => {
                let mut m = s.serialize_map(Some(4))?;
                m.serialize_entry("l_type", &Hex(*l_type))?;
                m.serialize_entry("l_whence", &Hex(*l_whence))?;
                m.serialize_entry("l_start", &Hex(*l_start))?;
                m.serialize_entry("l_len", &Hex(*l_len))?;
                m.end()
            }
        }
    }
}

/// The check that refused a call, as JSON.
struct CheckOut<'a>(&'a Refusal);

impl Serialize for CheckOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let r = self.0;
        let mut m = s.serialize_map(Some(5))?;
        m.serialize_entry("id", r.check.id)?;
        m.serialize_entry("errno", &crate::uapi::errno_name(r.errno()))?;
        m.serialize_entry("citation", &r.citation())?;
        m.serialize_entry("explanation", &r.explain())?;
        m.serialize_entry("facts", &Facts(&r.facts))?;
        m.end()
    }
}

/// A refusal's facts: name → value as a string.
struct Facts<'a>(&'a [(&'static str, crate::engine::Fact)]);

impl Serialize for Facts<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v.to_string())))
    }
}

/// A VMA as JSON.
struct VmaOut<'a>(&'a MapsEntry);

impl Serialize for VmaOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let e = self.0;
        let mut m = s.serialize_map(Some(8))?;
        m.serialize_entry("start", &Hex(e.start))?;
        m.serialize_entry("end", &Hex(e.end))?;
        m.serialize_entry("perms", &e.perms)?;
        m.serialize_entry("offset", &Hex(e.offset))?;
        m.serialize_entry(
            "dev",
            &format_args!("{:02x}:{:02x}", e.dev.0, e.dev.1).to_string(),
        )?;
        m.serialize_entry("inode", &e.inode)?;
        m.serialize_entry("name", &e.name)?;
        m.serialize_entry("line", &maps_line(e))?;
        if let Some(flags) = &e.vm_flags {
            m.serialize_entry("vm_flags", flags.trim_end())?;
        }
        if let Some(u) = &e.usage {
            let fields: serde_json::Map<String, Value> = u
                .fields()
                .iter()
                .map(|(n, kb)| (n.to_string(), json!(kb)))
                .collect();
            m.serialize_entry("usage_kb", &fields)?;
        }
        m.end()
    }
}

/// A list serialized from an iterator without collecting it.
struct Seq<I>(std::cell::Cell<Option<I>>);

impl<I: Iterator<Item = T>, T: Serialize> Serialize for Seq<I> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0.take() {
            Some(items) => s.collect_seq(items),
            None => serde::ser::SerializeSeq::end(s.serialize_seq(Some(0))?),
        }
    }
}

fn seq<I: IntoIterator>(items: I) -> Seq<I::IntoIter> {
    Seq(std::cell::Cell::new(Some(items.into_iter())))
}

/// The record of one call, maps, status or rlimit statement: serialized
/// as it is written, without building a JSON tree.
pub struct EventRecord<'a> {
    file: &'a str,
    line: usize,
    process: &'a ProcessInfo,
    event: &'a Event,
}

/// The record of `event`.
pub fn event_record<'a>(
    file: &'a str,
    lines: &LineIndex,
    processes: &'a [ProcessInfo],
    event: &'a Event,
) -> EventRecord<'a> {
    let (process, span) = match event {
        Event::Touch { process, span, .. }
        | Event::Call { process, span, .. }
        | Event::Maps { process, span, .. }
        | Event::Status { process, span, .. }
        | Event::Rlimit { process, span, .. } => (*process, *span),
    };
    EventRecord {
        file,
        line: lines.line(span.start()),
        process: &processes[process],
        event,
    }
}

impl Serialize for EventRecord<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        let kind = match self.event {
            Event::Call { .. } => "call",
            Event::Touch { .. } => "touch",
            Event::Maps { smaps: false, .. } => "maps",
            Event::Maps { smaps: true, .. } => "smaps",
            Event::Status { .. } => "status",
            Event::Rlimit { .. } => "rlimit",
        };
        m.serialize_entry("kind", kind)?;
        m.serialize_entry("file", self.file)?;
        m.serialize_entry("line", &self.line)?;
        m.serialize_entry("process", &self.process.name)?;
        m.serialize_entry("pid", &self.process.pid)?;
        match self.event {
            Event::Call {
                call,
                args,
                result,
                steps,
                vmas,
                ..
            } => {
                m.serialize_entry("call", call)?;
                m.serialize_entry("args", &seq(args.iter().map(ArgOut)))?;
                m.serialize_entry("strace", &strace::call(*call, args))?;
                m.serialize_entry("result", &strace::call_result(*call, args, result))?;
                match result {
                    Ok(v) => m.serialize_entry("return", &Hex(*v))?,
                    Err(_) => m.serialize_entry("return", &-1)?,
                }
                let refusal = result.as_ref().err();
                m.serialize_entry(
                    "errno",
                    &refusal.and_then(|r| crate::uapi::errno_name(r.errno())),
                )?;
                m.serialize_entry("check", &refusal.map(CheckOut))?;
                m.serialize_entry("steps", steps)?;
                m.serialize_entry("vmas", &vmas.as_ref().map(|v| seq(v.iter().map(VmaOut))))?;
            }
            Event::Touch {
                access,
                addr,
                len,
                result,
                steps,
                ..
            } => {
                m.serialize_entry("access", access.name())?;
                m.serialize_entry("addr", &Hex(*addr))?;
                m.serialize_entry("len", &Hex(*len))?;
                m.serialize_entry("statement", &strace::touch(*access, *addr, *len))?;
                m.serialize_entry("outcome", &strace::touch_result(result))?;
                m.serialize_entry("check", &result.as_ref().err().map(CheckOut))?;
                m.serialize_entry("steps", steps)?;
            }
            Event::Maps { entries, .. } => {
                m.serialize_entry("vmas", &seq(entries.iter().map(VmaOut)))?;
            }
            Event::Status { info, .. } => m.serialize_entry("status", &status(info))?,
            Event::Rlimit {
                resource,
                soft,
                hard,
                ..
            } => {
                m.serialize_entry("resource", &strace::resource_name(*resource))?;
                m.serialize_entry("soft", &Hex(*soft))?;
                m.serialize_entry("hard", &Hex(*hard))?;
            }
        }
        m.end()
    }
}

/// An expectation that did not hold.
pub fn mismatch(file: &str, source: &str, lines: &LineIndex, m: &Mismatch) -> Value {
    let (line, column) = lines.line_col(source, m.span.start());
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
        MismatchKind::Maps {
            expected,
            got,
            vmas: (want, have),
        } => {
            json!({ "what": "maps", "expected": expected, "got": got, "vmas_expected": want, "vmas_got": have })
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
        let (line, column) = lines.line_col(source, e.span.start());
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
/// `--kernel A,B,C...`: the profiles in order, and where they differ.
pub fn comparison_many(file: &str, kernels: &[&str], differences: &[ManyDifference]) -> Value {
    json!({
        "kind": "comparison", "file": file, "kernels": kernels,
        "agree": differences.is_empty(), "differences": differences,
    })
}

pub fn comparison(file: &str, a: &str, b: &str, differences: &[Difference]) -> Value {
    json!({
        "kind": "comparison", "file": file, "a": a, "b": b,
        "agree": differences.is_empty(), "differences": differences,
    })
}
