//! Where a command's results go: text for people (transcripts on stdout,
//! diagnostics on stderr) or JSON Lines on stdout alone, and the loading of
//! scenario files with their diagnostics sent the same way.

use super::{Color, Format};
use mmrun::report::{diagnostics, json};
use mmrun::syntax::ast::Scenario;
use std::io::{IsTerminal, Write};

pub struct Out {
    pub json: bool,
    color: bool,
    width: usize,
    /// Buffered: a streamed transcript is written in large pieces, not a
    /// system call per line.
    stdout: std::io::BufWriter<std::io::StdoutLock<'static>>,
}

impl Out {
    pub fn new(format: Format, color: Color) -> Out {
        let color = match color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => {
                std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal()
            }
        };
        Out {
            json: format == Format::Json,
            color,
            width: 100,
            stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock()),
        }
    }

    /// A JSON record (JSON mode only), serialized straight to stdout.
    pub fn record(&mut self, v: &impl serde::Serialize) {
        if self.json {
            let _ = serde_json::to_writer(&mut self.stdout, v);
            let _ = self.stdout.write_all(b"\n");
        }
    }

    /// Text for people on stdout (text mode only).
    pub fn text(&mut self, s: &str) {
        if !self.json {
            let _ = self.stdout.write_all(s.as_bytes());
        }
    }

    pub fn flush(&mut self) {
        let _ = self.stdout.flush();
    }

    /// A diagnostic for people on stderr (text mode only).
    pub fn diagnostic(&mut self, d: &dyn miette::Diagnostic) {
        if !self.json {
            self.flush();
            eprintln!("{}", diagnostics::render(d, self.color, self.width));
        }
    }

    /// A message about the run itself (stderr in text mode).
    pub fn note(&mut self, s: &str) {
        if !self.json {
            eprintln!("{s}");
        }
    }
}

/// A scenario file, read, decoded and parsed.
pub struct Loaded {
    pub name: String,
    pub source: String,
    pub scenario: Scenario,
}

/// Read and load a scenario file; on failure say why (a diagnostic, or
/// JSON `error` records).
pub fn load(path: &std::path::Path, out: &mut Out) -> Option<Loaded> {
    use std::io::Read;
    let name = path.display().to_string();
    // One byte more than a scenario may hold, to tell a file that is too
    // large (or endless, like /dev/zero) without reading all of it.
    let mut bytes = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| {
        // Sized from the file's length where it has one, so a large file is
        // read without the buffer being regrown and copied along the way.
        let limit = mmrun::syntax::MAX_INPUT as u64 + 1;
        let hint = f.metadata().map_or(0, |m| m.len().min(limit));
        bytes.reserve_exact(hint as usize + 1);
        f.take(limit).read_to_end(&mut bytes)
    });
    if let Err(e) = read {
        let message = format!("cannot read {name}: {e}");
        out.note(&format!("mmrun: {message}"));
        out.record(&json::unreadable(&name, &message));
        return None;
    }
    let source = match mmrun::syntax::decode(&name, bytes) {
        Ok(text) => text,
        Err(errors) => {
            report(out, &errors);
            return None;
        }
    };
    match mmrun::syntax::load(&name, &source) {
        Ok(scenario) => Some(Loaded {
            name,
            source,
            scenario,
        }),
        Err(errors) => {
            report(out, &errors);
            None
        }
    }
}

/// A file's errors, as a diagnostic or as JSON `error` records.
fn report(out: &mut Out, errors: &mmrun::syntax::ScenarioErrors) {
    out.diagnostic(errors);
    for r in json::errors(errors, errors.source_text()) {
        out.record(&r);
    }
}
