//! Diagnostics for scenarios that cannot be run.
//!
//! Every problem is a [`SyntaxError`] with a stable `code` (scripts and tests
//! match on it), a one-line message, a label on the offending text and, where
//! it helps, a hint. [`ScenarioErrors`] carries all of a file's errors with the
//! source, so miette can show line, column and the text.

use std::fmt;

use miette::{
    Diagnostic, LabeledSpan, MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};

use super::ast::Span;

/// The stable error codes.
pub mod code {
    pub const SYNTAX: &str = "mm::syntax";
    pub const NESTING: &str = "mm::nesting-too-deep";
    pub const EXPRESSION_TOO_LONG: &str = "mm::expression-too-long";
    pub const INVALID_UTF8: &str = "mm::invalid-utf8";
    pub const TOO_LARGE: &str = "mm::too-large";
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
    pub const UNKNOWN_SMAPS_FIELD: &str = "mm::unknown-smaps-field";
    pub const NOT_AN_ERRNO: &str = "mm::not-an-errno";
    pub const TOO_MANY_ERRORS: &str = "mm::too-many-errors";
    pub const REPEAT_COUNT: &str = "mm::repeat-count";
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

/// A scenario's text as diagnostics show it. A line longer than
/// [`Source::MAX_LINE`] bytes is shown as a window around the span (a
/// 10 MB line would otherwise be printed whole), with its true line and
/// column numbers.
#[derive(Clone, Debug)]
pub struct Source {
    name: String,
    /// Shared: every diagnostic of a file points at the same text.
    text: std::sync::Arc<str>,
}

impl Source {
    pub const MAX_LINE: usize = 200;
    /// How much of a long line is shown on each side of a span.
    const WINDOW: usize = 60;

    pub fn new(name: &str, text: &str) -> Source {
        Source::shared(name, std::sync::Arc::from(text))
    }

    /// A source sharing `text` (cloning a `Source` copies no text).
    pub fn shared(name: &str, text: std::sync::Arc<str>) -> Source {
        Source {
            name: name.to_string(),
            text,
        }
    }

    /// `span` no longer than a window, so that it fits what is shown.
    pub fn clip(&self, span: Span) -> Span {
        let end = span.end().min(span.start().saturating_add(Self::WINDOW));
        Span::new(
            span.start(),
            self.floor(end.min(self.text.len()))
                .max(span.start().min(end)),
        )
    }

    fn floor(&self, mut at: usize) -> usize {
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        at
    }

    fn ceil(&self, mut at: usize) -> usize {
        while !self.text.is_char_boundary(at) {
            at += 1;
        }
        at
    }
}

impl SourceCode for Source {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let text: &str = &self.text;
        let start = span.offset().min(text.len());
        let end = (start + span.len()).min(text.len());
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let long = line_end - line_start > Self::MAX_LINE;
        if !long {
            let c = <str as SourceCode>::read_span(text, span, before, after)?;
            return Ok(Box::new(MietteSpanContents::new_named(
                self.name.clone(),
                c.data(),
                *c.span(),
                c.line(),
                c.column(),
                c.line_count(),
            )));
        }
        // One window of the long line around the span (from the span itself
        // when no context is asked, as miette's own reading does).
        let from = if before == 0 && after == 0 {
            start
        } else {
            self.floor(start.saturating_sub(Self::WINDOW).max(line_start))
        };
        let to = self.ceil((end.max(start + 1) + Self::WINDOW).min(line_end).max(from));
        let line = text[..line_start].bytes().filter(|&b| b == b'\n').count();
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            &text.as_bytes()[from..to],
            (from, to - from).into(),
            line,
            from - line_start,
            1,
        )))
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
    pub src: Source,
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
        errors.sort_by_key(|e| (e.span.start(), e.span.end()));
        errors.dedup();
        let src = Source::new(name, source);
        for e in &mut errors {
            e.span = src.clip(e.span);
        }
        ScenarioErrors {
            name: name.to_string(),
            src,
            errors,
        }
    }

    /// The text the errors point into.
    pub fn source_text(&self) -> &str {
        &self.src.text
    }

    /// The source text (for callers that want to render spans themselves).
    pub fn source_code(&self) -> &dyn SourceCode {
        &self.src
    }
}
