//! `mmrun FILE...`: each scenario through the model, its transcript (or
//! JSON records) and the expectations that failed; `--kernel A,B[,C...]`:
//! each scenario under several profiles, and where they differ.

use super::{EXIT_CANNOT_RUN, EXIT_FAILED, EXIT_USAGE, Out};
use mmrun::engine::Kernel;
use mmrun::report::{compare, difference, json, mismatch, transcript};
use mmrun::runner::{self, Run, RunOptions};
use mmrun::syntax::error::Source;
use mmrun::syntax::lines::LineIndex;
use std::process::ExitCode;

/// The profiles `--kernel` names: none, one, or several to compare.
fn kernels(spec: Option<&str>) -> Result<Vec<Kernel>, ExitCode> {
    let mut kernels = Vec::new();
    for k in spec.iter().flat_map(|k| k.split(',')) {
        match Kernel::parse(k.trim()) {
            Some(k) if kernels.contains(&k) => {
                eprintln!("mmrun: --kernel names {} twice", k.name());
                return Err(ExitCode::from(EXIT_USAGE));
            }
            Some(k) => kernels.push(k),
            None => {
                eprintln!(
                    "mmrun: unknown kernel profile `{k}` (modelled: {})",
                    Kernel::NAMES.join(", ")
                );
                return Err(ExitCode::from(EXIT_USAGE));
            }
        }
    }
    Ok(kernels)
}

/// How the files went.
#[derive(Default)]
struct Tally {
    passed: usize,
    failed: usize,
    broken: usize,
}

pub fn main(cli: &super::Cli) -> ExitCode {
    let kernels = match kernels(cli.kernel.as_deref()) {
        Ok(k) => k,
        Err(code) => return code,
    };
    let mut out = Out::new(cli.format, cli.color);
    let opts = RunOptions {
        kernel: kernels.first().copied(),
        explain: cli.explain,
        vmas_after_calls: out.json.then_some((0, u64::MAX)),
        ..RunOptions::default()
    };
    let mut tally = Tally::default();
    for (i, path) in cli.files.iter().enumerate() {
        let Some(file) = super::output::load(path, &mut out) else {
            tally.broken += 1;
            continue;
        };
        let ok = match kernels.len() {
            0 | 1 => one(cli, &file, &opts, &mut out),
            2 => side_by_side(&file, &opts, kernels[1], &mut out),
            _ => side_by_side_many(&file, &opts, &kernels, &mut out),
        };
        match ok {
            None => tally.broken += 1,
            Some(true) => tally.passed += 1,
            Some(false) => tally.failed += 1,
        }
        out.flush();
        if i + 1 == cli.files.len() {
            // The process ends now: freeing a large scenario's syntax tree
            // node by node would only cost time.
            std::mem::forget(file);
        }
    }
    out.record(&json::summary(tally.passed, tally.failed, tally.broken));
    if cli.files.len() > 1 || cli.quiet {
        out.text(&format!(
            "{} passed, {} failed\n",
            tally.passed,
            tally.failed + tally.broken
        ));
    }
    if tally.broken > 0 {
        ExitCode::from(EXIT_CANNOT_RUN)
    } else if tally.failed > 0 {
        ExitCode::from(EXIT_FAILED)
    } else {
        ExitCode::SUCCESS
    }
}

/// The model's run of a loaded file, or its error said.
fn run_or_say(file: &super::Loaded, opts: &RunOptions, out: &mut Out) -> Option<Run> {
    match runner::run(&file.scenario, opts) {
        Ok(run) => Some(run),
        Err(e) => {
            say_cannot_run(file, &e, out);
            None
        }
    }
}

/// Why a scenario could not go on.
fn say_cannot_run(file: &super::Loaded, e: &runner::RunError, out: &mut Out) {
    let source = Source::new(&file.name, &file.source);
    out.diagnostic(&mismatch::cannot_run(&source, e));
    out.record(&json::cannot_run(
        &file.name,
        &file.source,
        e.span.start(),
        &e.message,
    ));
}

/// One scenario, its transcript or records written as it runs: Some(whether
/// every expectation held), None if it could not run.
fn one(cli: &super::Cli, file: &super::Loaded, opts: &RunOptions, out: &mut Out) -> Option<bool> {
    if !out.json && cli.files.len() > 1 && !cli.quiet {
        out.text(&format!("## {}\n", file.name));
    }
    let text = transcript::TextOptions {
        quiet: cli.quiet,
        explain: cli.explain,
    };
    let mut stream = Stream {
        transcript: transcript::Transcript::new(text, runner::process_count(&file.scenario)),
        text: String::new(),
        lines: out.json.then(|| LineIndex::new(&file.source)),
        source: None,
        file,
        out,
    };
    let finished = runner::run_into(&file.scenario, opts, &mut stream);
    stream.flush();
    match finished {
        Ok(f) => Some(f.mismatches == 0),
        Err(e) => {
            say_cannot_run(file, &e, out);
            None
        }
    }
}

/// A run's events and failed expectations, written as they happen.
struct Stream<'a> {
    transcript: transcript::Transcript,
    /// Transcript text not written yet.
    text: String,
    /// JSON mode: line numbers.
    lines: Option<LineIndex>,
    /// For diagnostics, made at the first failed expectation.
    source: Option<Source>,
    file: &'a super::Loaded,
    out: &'a mut Out,
}

impl Stream<'_> {
    fn flush(&mut self) {
        self.out.text(&self.text);
        self.text.clear();
    }
}

impl runner::Sink for Stream<'_> {
    fn event(&mut self, processes: &[runner::ProcessInfo], event: runner::Event) {
        match &self.lines {
            Some(lines) => {
                self.out.record(&json::event_record(
                    &self.file.name,
                    lines,
                    processes,
                    &event,
                ));
            }
            None => {
                self.transcript.event(&mut self.text, processes, &event);
                if self.text.len() >= 1 << 16 {
                    self.flush();
                }
            }
        }
    }

    fn mismatch(&mut self, _: &[runner::ProcessInfo], m: runner::Mismatch) {
        let file = self.file;
        match &self.lines {
            Some(lines) => {
                self.out
                    .record(&json::mismatch(&file.name, &file.source, lines, &m));
            }
            None => {
                self.flush();
                let source = self
                    .source
                    .get_or_insert_with(|| Source::new(&file.name, &file.source));
                self.out.diagnostic(&mismatch::expectation(source, &m));
            }
        }
    }
}

/// `--kernel A,B,C...`: where the profiles' outcomes differ, each line
/// with every profile's side (a difference is information, not a failure).
fn side_by_side_many(
    file: &super::Loaded,
    opts: &RunOptions,
    kernels: &[Kernel],
    out: &mut Out,
) -> Option<bool> {
    let mut runs = Vec::new();
    for &k in kernels {
        let o = RunOptions {
            kernel: Some(k),
            ..*opts
        };
        runs.push(run_or_say(file, &o, out)?);
    }
    let names: Vec<&str> = kernels.iter().map(|k| k.name()).collect();
    let diff = compare::differences_many(&file.source, &runs);
    out.record(&json::comparison_many(&file.name, &names, &diff));
    let list = names.join(", ");
    if diff.is_empty() {
        out.text(&format!("## {}: {list} agree\n", file.name));
    } else {
        out.text(&format!(
            "## {}: {list} differ\n{}",
            file.name,
            difference::render_many(&diff, &names)
        ));
    }
    Some(true)
}

/// `--kernel A,B`: where the two profiles' outcomes differ (a difference is
/// information, not a failure).
fn side_by_side(
    file: &super::Loaded,
    opts: &RunOptions,
    other: Kernel,
    out: &mut Out,
) -> Option<bool> {
    let second = RunOptions {
        kernel: Some(other),
        ..*opts
    };
    let a = run_or_say(file, opts, out)?;
    let b = run_or_say(file, &second, out)?;
    let (ka, kb) = (a.kernel.name(), b.kernel.name());
    let diff = compare::differences(&file.source, &a, &b);
    out.record(&json::comparison(&file.name, ka, kb, &diff));
    if diff.is_empty() {
        out.text(&format!("## {}: {ka} and {kb} agree\n", file.name));
    } else {
        out.text(&format!(
            "## {}: {ka} and {kb} differ\n{}",
            file.name,
            difference::render(&diff, ka, kb)
        ));
    }
    Some(true)
}
