//! `--format json`: one JSON record per line for every call, maps and status.

use super::strace;
use crate::runner::{Event, Run};
use serde_json::{Value, json};

pub fn records(file: &str, run: &Run) -> Vec<Value> {
    run.events
        .iter()
        .map(|event| match event {
            Event::Call {
                process,
                name,
                args,
                result,
                steps,
                vmas,
                ..
            } => {
                let p = &run.processes[*process];
                let (value, errno, check) = match result {
                    Ok(v) => (json!(v), Value::Null, Value::Null),
                    Err(r) => (
                        json!(-1),
                        json!(crate::uapi::errno_name(r.errno())),
                        json!({
                            "id": r.check.id,
                            "function": r.function(),
                            "location": r.location(),
                            "explanation": r.explain(),
                            "facts": r.facts.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<std::collections::BTreeMap<_, _>>(),
                        }),
                    ),
                };
                json!({
                    "file": file, "kind": "call", "process": p.name, "pid": p.pid,
                    "call": name, "args": args, "strace": strace::call(name, args),
                    "result": value, "errno": errno, "check": check, "steps": steps, "vmas": vmas,
                })
            }
            Event::Maps { process, entries, .. } => {
                let p = &run.processes[*process];
                json!({ "file": file, "kind": "maps", "process": p.name, "pid": p.pid, "vmas": entries })
            }
            Event::Status { process, info, .. } => {
                let p = &run.processes[*process];
                json!({ "file": file, "kind": "status", "process": p.name, "pid": p.pid, "status": info })
            }
            Event::Rlimit { process, resource, soft, hard, .. } => {
                let p = &run.processes[*process];
                json!({ "file": file, "kind": "rlimit", "process": p.name, "pid": p.pid,
                        "resource": strace::resource_name(*resource), "soft": soft, "hard": hard })
            }
        })
        .collect()
}
