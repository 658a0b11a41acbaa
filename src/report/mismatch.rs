//! Expectations that did not hold, and scenarios that could not run, as
//! miette diagnostics pointing at the scenario's text.

use crate::runner::{Mismatch, MismatchKind, RunError};
use crate::syntax::ast::Span;
use crate::syntax::error::Source;
use miette::{Diagnostic, SourceSpan};
use thiserror::Error;

/// A failed expectation, reported like a compiler error.
#[derive(Debug, Error, Diagnostic)]
#[error("{message}")]
#[diagnostic(code(mm::expectation))]
pub struct ExpectationFailed {
    #[source_code]
    pub src: Source,
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
    pub src: Source,
    #[label("here")]
    pub span: SourceSpan,
    pub message: String,
    #[help]
    pub help: Option<String>,
}

pub fn cannot_run(source: &Source, e: &RunError) -> CannotRun {
    CannotRun {
        src: source.clone(),
        span: source.clip(e.span).into(),
        message: e.message.clone(),
        help: e.help.clone(),
    }
}

/// How many differing lines a maps diff shows, with a line of context on
/// each side; the rest is counted.
const DIFF_SHOWN: usize = 12;

/// A compact line-by-line diff: unchanged lines with two spaces, the
/// scenario's with `-`, the model's with `+`; only the first differing
/// lines with their neighbours, runs of unchanged lines and what is past
/// the shown part counted, never the whole table.
fn diff(expected: &[String], got: &[String]) -> String {
    let n = expected.len().max(got.len());
    let differs = |i: usize| expected.get(i) != got.get(i);
    let total = (0..n).filter(|&i| differs(i)).count();
    let mut out = format!(
        "expected (-) against the model (+), {total} of {n} line{} differing:\n",
        if n == 1 { "" } else { "s" }
    );
    // Differing lines shown so far, and the first line not accounted for.
    let (mut shown, mut next) = (0, 0);
    for i in 0..n {
        if shown == DIFF_SHOWN {
            break;
        }
        if !(i.saturating_sub(1)..=(i + 1).min(n - 1)).any(differs) {
            continue;
        }
        if i > next {
            out.push_str(&format!("  ... {} unchanged\n", i - next));
        }
        match (expected.get(i), got.get(i)) {
            (Some(e), Some(g)) if e == g => out.push_str(&format!("  {e}\n")),
            (e, g) => {
                shown += 1;
                if let Some(e) = e {
                    out.push_str(&format!("- {e}\n"));
                }
                if let Some(g) = g {
                    out.push_str(&format!("+ {g}\n"));
                }
            }
        }
        next = i + 1;
    }
    if total > shown {
        out.push_str(&format!("  ... and {} more differing\n", total - shown));
    } else if next < n {
        out.push_str(&format!("  ... {} unchanged\n", n - next));
    }
    out.trim_end().to_string()
}

pub fn expectation(source: &Source, m: &Mismatch) -> ExpectationFailed {
    let (message, label, help) = match &m.kind {
        MismatchKind::Result { expected, got, refusal } => (
            format!("expected `= {expected}`, but the model returned `= {got}`"),
            format!("expected {expected}"),
            Some(match refusal {
                Some(r) => format!(
                    "decided by {}: {} [{}]",
                    r.citation(),
                    r.explain(),
                    r.check.id
                ),
                None => "the call succeeded: no kernel check refused it (run with --explain to see its way through the kernel)".into(),
            }),
        ),
        MismatchKind::Maps {
            expected,
            got,
            vmas: (want, have),
        } => (
            format!(
                "the address space differs from the model's ({want} VMA{} expected, {have} produced)",
                if *want == 1 { "" } else { "s" },
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
                    .map(|(f, want, have)| match have {
                        Some(have) => format!("{f}: expected {want}, the model has {have}"),
                        None => format!(
                            "{f}: expected {want}, which the model does not know (a disk file's fault may have mapped pages around it from the page cache)"
                        ),
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
        ),
    };
    ExpectationFailed {
        src: source.clone(),
        // A maps block may be a million lines: the label marks its start.
        span: source.clip(Span::new(m.span.start(), m.span.end())).into(),
        message,
        label,
        help,
    }
}
