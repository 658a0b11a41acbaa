//! Diagnostics for scenarios that cannot be run.
//!
//! Every problem is a [`SyntaxError`] with a stable `code` (scripts and tests
//! match on it), a one-line message, a label on the offending text and, where
//! it helps, a hint. [`ScenarioErrors`] carries all of a file's errors with the
//! source, so miette can show line, column and the text.

use std::fmt;

use miette::{Diagnostic, LabeledSpan, NamedSource, SourceCode};

use super::ast::Span;

/// The stable error codes.
pub mod code {
    pub const SYNTAX: &str = "mm::syntax";
    pub const NESTING: &str = "mm::nesting-too-deep";
    pub const EXPRESSION_TOO_LONG: &str = "mm::expression-too-long";
    pub const UNTERMINATED: &str = "mm::unterminated";
    pub const BAD_NUMBER: &str = "mm::bad-number";
    pub const NUMBER_TOO_LARGE: &str = "mm::number-too-large";
    pub const BAD_ESCAPE: &str = "mm::bad-escape";
    pub const MISPLACED: &str = "mm::misplaced";
    pub const DUPLICATE: &str = "mm::duplicate";
    pub const UNKNOWN_CONSTANT: &str = "mm::unknown-constant";
    pub const UNKNOWN_CALL: &str = "mm::unknown-call";
    pub const ARITY: &str = "mm::arity";
    pub const ARG_KIND: &str = "mm::argument-kind";
    pub const UNKNOWN_FIELD: &str = "mm::unknown-struct-field";
    pub const UNBOUND_VARIABLE: &str = "mm::unbound-variable";
    pub const UNKNOWN_SYSCTL: &str = "mm::unknown-sysctl";
    pub const UNKNOWN_MEMORY_FIELD: &str = "mm::unknown-memory-field";
    pub const UNKNOWN_FSTYPE: &str = "mm::unknown-fstype";
    pub const UNKNOWN_MOUNT_OPTION: &str = "mm::unknown-mount-option";
    pub const UNKNOWN_DEVICE_KIND: &str = "mm::unknown-device-kind";
    pub const DUPLICATE_PATH: &str = "mm::duplicate-path";
    pub const NOT_A_DIRECTORY: &str = "mm::not-a-directory";
    pub const UNKNOWN_ATTRIBUTE: &str = "mm::unknown-attribute";
    pub const UNKNOWN_CAPABILITY: &str = "mm::unknown-capability";
    pub const UNKNOWN_KERNEL: &str = "mm::unknown-kernel";
    pub const UNKNOWN_ARCH: &str = "mm::unknown-arch";
    pub const UNKNOWN_STATUS_FIELD: &str = "mm::unknown-status-field";
    pub const NOT_AN_ERRNO: &str = "mm::not-an-errno";
    pub const TOO_MANY_ERRORS: &str = "mm::too-many-errors";
}

/// One problem in a scenario.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct SyntaxError {
    /// One of the [`code`] constants.
    pub code: &'static str,
    pub message: String,
    /// The offending text (may be empty: a point such as the end of a line).
    pub span: Span,
    /// Short text shown under the span.
    pub label: String,
    pub help: Option<String>,
}

impl SyntaxError {
    pub fn new(code: &'static str, span: Span, message: impl Into<String>) -> SyntaxError {
        SyntaxError {
            code,
            message: message.into(),
            span,
            label: String::from("here"),
            help: None,
        }
    }

    pub fn label(mut self, label: impl Into<String>) -> SyntaxError {
        self.label = label.into();
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> SyntaxError {
        self.help = Some(help.into());
        self
    }

    /// Adds `did you mean ...?` when a near name exists.
    pub fn hint(self, suggestion: Option<&str>) -> SyntaxError {
        match suggestion {
            Some(name) => self.help(format!("did you mean `{name}`?")),
            None => self,
        }
    }
}

impl Diagnostic for SyntaxError {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|help| Box::new(help) as Box<dyn fmt::Display>)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let label = LabeledSpan::new_with_span(Some(self.label.clone()), self.span);
        Some(Box::new(std::iter::once(label)))
    }
}

/// All errors found in one scenario file, with its source.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{name}: {summary}", summary = summary(self.errors.len()))]
#[diagnostic(code(mm::scenario))]
pub struct ScenarioErrors {
    /// The file name, as given to [`super::load`].
    pub name: String,
    #[source_code]
    pub src: NamedSource<String>,
    /// In source order.
    #[related]
    pub errors: Vec<SyntaxError>,
}

fn summary(count: usize) -> String {
    match count {
        1 => String::from("the scenario has an error"),
        n => format!("the scenario has {n} errors"),
    }
}

impl ScenarioErrors {
    pub fn new(name: &str, source: &str, mut errors: Vec<SyntaxError>) -> ScenarioErrors {
        errors.sort_by_key(|e| (e.span.start, e.span.end));
        errors.dedup();
        ScenarioErrors {
            name: name.to_string(),
            src: NamedSource::new(name, source.to_string()),
            errors,
        }
    }

    /// The source text (for callers that want to render spans themselves).
    pub fn source_code(&self) -> &dyn SourceCode {
        &self.src
    }
}
