//! A refusal is data: the errno, the kernel check that produced it (with its
//! v4.12 source location and a one-line explanation template), and the facts
//! the explanation refers to. The report layer fills the template.

use serde::Serialize;

/// One kernel check that can refuse a call. Every check lives in
/// [`super::checks`]; its `why` may name facts as `{name}`.
#[derive(Debug, Serialize)]
pub struct Check {
    /// Stable identifier, e.g. `do_mmap.shared_write_needs_fmode_write`.
    pub id: &'static str,
    pub errno: u64,
    /// The kernel function that makes the check.
    pub func: &'static str,
    /// `file:line` in v4.12.
    pub loc: &'static str,
    /// One-line explanation; `{fact}` placeholders are filled from the refusal's facts.
    pub why: &'static str,
}

/// A value an explanation refers to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Fact {
    Dec(u64),
    Hex(u64),
    Text(&'static str),
    Path(String),
}

impl std::fmt::Display for Fact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Fact::Dec(v) => write!(f, "{v}"),
            Fact::Hex(v) => write!(f, "{v:#x}"),
            Fact::Text(t) => f.write_str(t),
            Fact::Path(p) => f.write_str(p),
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Refusal {
    pub check: &'static Check,
    pub facts: Vec<(&'static str, Fact)>,
}

impl Refusal {
    pub fn new(check: &'static Check) -> Refusal {
        Refusal {
            check,
            facts: Vec::new(),
        }
    }
    pub fn errno(&self) -> u64 {
        self.check.errno
    }
    /// Attach a fact the explanation names.
    pub fn with(mut self, name: &'static str, value: Fact) -> Refusal {
        self.facts.push((name, value));
        self
    }
    /// The explanation with its placeholders filled in.
    pub fn explain(&self) -> String {
        let mut out = String::new();
        let mut rest = self.check.why;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after.find('}') {
                Some(close) => {
                    let name = &after[..close];
                    match self.facts.iter().find(|(n, _)| *n == name) {
                        Some((_, v)) => out.push_str(&v.to_string()),
                        None => {
                            out.push('{');
                            out.push_str(name);
                            out.push('}');
                        }
                    }
                    rest = &after[close + 1..];
                }
                None => {
                    out.push_str(&rest[open..]);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        out
    }
}

/// The result of a call inside the engine.
pub type KResult<T> = Result<T, Refusal>;

/// Shorthand: fail with a check.
pub fn refuse<T>(check: &'static Check) -> KResult<T> {
    Err(Refusal::new(check))
}
