//! Expectations that did not hold, and scenarios that could not run, as
//! miette diagnostics pointing at the scenario's text.

use crate::runner::{Mismatch, MismatchKind, RunError};
use miette::{Diagnostic, NamedSource, SourceSpan};
use thiserror::Error;

/// A failed expectation, reported like a compiler error.
#[derive(Debug, Error, Diagnostic)]
#[error("{message}")]
#[diagnostic(code(mm::expectation))]
pub struct ExpectationFailed {
    #[source_code]
    pub src: NamedSource<String>,
    #[label("{label}")]
    pub span: SourceSpan,
    pub message: String,
    pub label: String,
    #[help]
    pub help: Option<String>,
}

/// A scenario that could not be run (exit status 2).
#[derive(Debug, Error, Diagnostic)]
#[error("{message}")]
#[diagnostic(code(mm::run))]
pub struct CannotRun {
    #[source_code]
    pub src: NamedSource<String>,
    #[label("here")]
    pub span: SourceSpan,
    pub message: String,
    #[help]
    pub help: Option<String>,
}

pub fn cannot_run(name: &str, source: &str, e: &RunError) -> CannotRun {
    CannotRun {
        src: NamedSource::new(name, source.to_string()),
        span: e.span.into(),
        message: e.message.clone(),
        help: e.help.clone(),
    }
}

/// A line-by-line diff: unchanged lines with two spaces, the scenario's with
/// `-`, the model's with `+`.
fn diff(expected: &[String], got: &[String]) -> String {
    let mut out = String::from("expected (-) against the model (+):\n");
    let n = expected.len().max(got.len());
    for i in 0..n {
        match (expected.get(i), got.get(i)) {
            (Some(e), Some(g)) if e == g => out.push_str(&format!("  {e}\n")),
            (e, g) => {
                if let Some(e) = e {
                    out.push_str(&format!("- {e}\n"));
                }
                if let Some(g) = g {
                    out.push_str(&format!("+ {g}\n"));
                }
            }
        }
    }
    out.trim_end().to_string()
}

pub fn expectation(name: &str, source: &str, m: &Mismatch) -> ExpectationFailed {
    let (message, label, help) = match &m.kind {
        MismatchKind::Result { expected, got, refusal } => (
            format!("expected `= {expected}`, but the model returned `= {got}`"),
            format!("expected {expected}"),
            Some(match refusal {
                Some(r) => format!(
                    "decided by {} ({}): {} [{}]",
                    r.function(),
                    r.location(),
                    r.explain(),
                    r.check.id
                ),
                None => "the call succeeded: no kernel check refused it (run with --explain to see its way through the kernel)".into(),
            }),
        ),
        MismatchKind::Maps { expected, got } => (
            format!(
                "the address space differs from the model's ({} VMA{} expected, {} produced)",
                expected.len(),
                if expected.len() == 1 { "" } else { "s" },
                got.len()
            ),
            "this table".into(),
            Some(diff(expected, got)),
        ),
        MismatchKind::Status { fields } => (
            "status fields differ from the model's".into(),
            "these fields".into(),
            Some(
                fields
                    .iter()
                    .map(|(f, want, have)| format!("{f}: expected {want}, the model has {have}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
        ),
    };
    ExpectationFailed {
        src: NamedSource::new(name, source.to_string()),
        span: m.span.into(),
        message,
        label,
        help,
    }
}
