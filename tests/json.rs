//! `--format json` in every mode: standard output is JSON Lines and nothing
//! else (docs/json.md), each record of a documented kind with its fields,
//! 64-bit values as hex strings; standard error stays empty.

use serde_json::Value;
use std::process::Command;

fn mmrun(args: &[&str]) -> (i32, Vec<Value>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_mmrun"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("mmrun runs");
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    let records = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    (
        out.status.code().unwrap_or(-1),
        records,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The fields each kind of record must have (docs/json.md).
fn required(kind: &str) -> &'static [&'static str] {
    match kind {
        "call" => &[
            "file", "line", "process", "pid", "call", "args", "strace", "result", "return",
            "errno", "check", "steps", "vmas",
        ],
        "maps" => &["file", "line", "process", "pid", "vmas"],
        "status" => &["file", "line", "process", "pid", "status"],
        "rlimit" => &["file", "line", "process", "pid", "resource", "soft", "hard"],
        "mismatch" => &["file", "line", "column", "what"],
        "error" => &["file", "code", "message"],
        "summary" => &["passed", "failed", "could_not_run"],
        // Two profiles are `a` and `b`; three or more are `kernels`.
        "comparison" => &["file", "agree", "differences"],
        "oracle" | "fuzz" => &[
            "file",
            "verdict",
            "calls",
            "calls_differing",
            "maps",
            "maps_differing",
            "statuses",
            "statuses_differing",
            "reasons",
            "differences",
        ],
        "oracle-summary" | "fuzz-summary" => &[
            "agreeing",
            "differing",
            "not_runnable",
            "not_runnable_by_kind",
            "failed",
        ],
        other => panic!("a record of an undocumented kind `{other}`"),
    }
}

fn well_formed(records: &[Value], stderr: &str) {
    assert!(stderr.is_empty(), "nothing but JSON: stderr has {stderr}");
    assert!(!records.is_empty());
    for r in records {
        let kind = r["kind"].as_str().expect("every record has a kind");
        for f in required(kind) {
            assert!(r.get(f).is_some(), "a `{kind}` record without `{f}`: {r}");
        }
    }
}

fn is_hex(v: &Value) -> bool {
    v.as_str().is_some_and(|s| s.starts_with("0x"))
}

#[test]
fn runs_expectations_and_errors() {
    let (code, records, stderr) = mmrun(&[
        "--format",
        "json",
        "scenarios/files/first-example.mm",
        "tests/cli/wrong-expectation.mm",
        "tests/cli/typo.mm",
        "scenarios/processes/rlimit-nofile-emfile.mm",
    ]);
    assert_eq!(code, 2);
    well_formed(&records, &stderr);
    let call = records
        .iter()
        .find(|r| r["kind"] == "call" && r["call"] == "mmap" && r["errno"].is_null())
        .expect("a successful mmap");
    assert!(call["args"].as_array().unwrap().iter().all(is_hex));
    assert!(is_hex(&call["return"]));
    assert!(is_hex(&call["vmas"][0]["start"]));
    let mismatch = records.iter().find(|r| r["kind"] == "mismatch").unwrap();
    assert_eq!(mismatch["what"], "result");
    assert_eq!(
        mismatch["check"]["id"],
        "do_mmap.shared_write_needs_fmode_write"
    );
    let error = records.iter().find(|r| r["kind"] == "error").unwrap();
    assert!(error["line"].as_u64().is_some() && error["column"].as_u64().is_some());
    assert!(
        records
            .iter()
            .any(|r| r["kind"] == "rlimit" && is_hex(&r["soft"]))
    );
    let last = records.last().unwrap();
    assert_eq!(last["kind"], "summary");
    assert_eq!(
        (last["passed"].as_u64(), last["failed"].as_u64()),
        (Some(2), Some(1))
    );
}

#[test]
fn quiet_and_explain_stay_json() {
    let (code, records, stderr) = mmrun(&[
        "--format",
        "json",
        "-q",
        "--explain",
        "scenarios/files/first-example.mm",
        "scenarios/mlock/map-locked-eagain.mm",
    ]);
    assert_eq!(code, 0);
    well_formed(&records, &stderr);
    assert!(
        records
            .iter()
            .any(|r| r["kind"] == "call" && r["steps"].as_array().is_some_and(|s| !s.is_empty()))
    );
}

#[test]
fn two_kernels() {
    let (code, records, stderr) = mmrun(&[
        "--format",
        "json",
        "--kernel",
        "4.12,6.18",
        "scenarios/mlock/map-locked-eagain.mm",
        "scenarios/files/first-example.mm",
    ]);
    assert_eq!(code, 0);
    well_formed(&records, &stderr);
    let c = &records[0];
    assert_eq!(
        (c["kind"].as_str(), c["agree"].as_bool()),
        (Some("comparison"), Some(false))
    );
    assert!(c["a"].is_string() && c["b"].is_string());
    let d = &c["differences"][0];
    assert_eq!(d["what"], "call");
    assert!(d["line"].as_u64().is_some() && d["a"].is_string() && d["b"].is_string());
}

#[test]
fn many_kernels() {
    let (code, records, stderr) = mmrun(&[
        "--format",
        "json",
        "--kernel",
        "4.12,6.1,6.12,6.18",
        "scenarios/v6.1/mremap-lookup-first.mm",
    ]);
    assert_eq!(code, 0);
    well_formed(&records, &stderr);
    let c = &records[0];
    assert_eq!(
        c["kernels"],
        serde_json::json!(["4.12", "6.1", "6.12", "6.18"])
    );
    assert_eq!(c["agree"], false);
    let d = &c["differences"][0];
    assert_eq!(d["what"], "call");
    let outcomes = d["outcomes"].as_array().expect("one outcome per profile");
    assert_eq!(outcomes.len(), 4);
    assert!(outcomes[0].as_str().unwrap().starts_with("= 0x"), "{d}");
    assert!(outcomes[1].as_str().unwrap().contains("EFAULT"), "{d}");
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status").is_ok_and(|s| {
        s.lines()
            .find_map(|l| l.strip_prefix("Uid:"))
            .and_then(|v| v.split_whitespace().nth(1))
            == Some("0")
    })
}

#[test]
fn oracle_and_fuzz() {
    if !is_root() {
        eprintln!("skipped: the host oracle needs root");
        return;
    }
    let (code, records, stderr) = mmrun(&[
        "--format",
        "json",
        "--oracle",
        "host",
        "scenarios/files/first-example.mm",
        "scenarios/do_mmap/map-count-strict-gt.mm",
    ]);
    assert_eq!(code, 0);
    well_formed(&records, &stderr);
    assert_eq!(records[0]["verdict"], "agree");
    assert_eq!(records[1]["verdict"], "not-runnable");
    assert_eq!(records[1]["reasons"][0]["kind"], "sysctl");
    assert_eq!(records[2]["kind"], "oracle-summary");
    let dir = std::env::temp_dir().join(format!("mmrun-json-fuzz-{}", std::process::id()));
    let (code, records, stderr) = mmrun(&[
        "fuzz",
        "--oracle",
        "host",
        "--count",
        "30",
        "--format",
        "json",
        "--out",
        dir.to_str().unwrap(),
    ]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, 0);
    well_formed(&records, &stderr);
    let last = records.last().unwrap();
    assert_eq!(last["kind"], "fuzz-summary");
    assert_eq!(last["generated"], 30);
}
