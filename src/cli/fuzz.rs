//! `mmrun fuzz --oracle host --seed S --count N`: generated scenarios run
//! on the model and the host; a difference is shrunk to a minimal scenario
//! and written out.

use super::{EXIT_CANNOT_RUN, EXIT_FAILED, Format, Oracle};
use clap::Parser;
use mmrun::oracle::{self, Verdict};
use serde_json::json;
use std::io::Write;
use std::process::ExitCode;

/// Differential fuzzing of the model against the running kernel.
#[derive(Parser, Debug)]
#[command(
    name = "mmrun fuzz",
    bin_name = "mmrun fuzz",
    about = "Differential fuzzing of the model against the running kernel"
)]
struct FuzzCli {
    /// Where to run the generated scenarios against the model.
    #[arg(
        long,
        value_parser = super::parse_oracle,
        value_name = "WHERE",
        required_unless_present = "print"
    )]
    oracle: Option<Oracle>,
    /// Print the generated scenarios instead of running them.
    #[arg(long, conflicts_with = "oracle")]
    print: bool,
    /// Also print the report of every scenario that did not agree
    /// (not runnable ones included), not only differences.
    #[arg(long, short)]
    verbose: bool,
    /// The first seed; scenario i uses seed S + i.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// How many scenarios to generate.
    #[arg(long, default_value_t = 100)]
    count: u64,
    /// Where minimal scenarios showing a difference are written.
    #[arg(long, default_value = "fuzz-differences")]
    out: std::path::PathBuf,
    /// Output format (progress goes to stderr either way).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

pub fn main() -> ExitCode {
    let cli: FuzzCli = match super::parse(std::env::args_os().skip(1)) {
        Ok(c) => c,
        Err(code) => return code,
    };
    if cli.print {
        for i in 0..cli.count {
            print!(
                "{}",
                mmrun::fuzz::generate(cli.seed.wrapping_add(i), "6.18")
            );
        }
        return ExitCode::SUCCESS;
    }
    if let Some(Oracle::Vm(k)) = cli.oracle {
        eprintln!(
            "mmrun: fuzzing against vm:{} is not built yet; run generated scenarios with `mmrun fuzz --print` and `mmrun --oracle vm:{}`",
            k.name(),
            k.name()
        );
        return ExitCode::from(super::EXIT_USAGE);
    }
    if let Some(why) = oracle::unavailable() {
        eprintln!("mmrun: the host oracle is unavailable: {why}");
        return ExitCode::from(EXIT_CANNOT_RUN);
    }
    oracle::signals::install();
    let host = oracle::HostFacts::read();
    let json = cli.format == Format::Json;
    let differs = |src: &str| match mmrun::syntax::load("fuzz.mm", src) {
        Ok(scenario) => oracle::check(src, &scenario, &host).verdict == Verdict::Differ,
        Err(_) => false,
    };
    let mut stdout = std::io::stdout().lock();
    let mut reports: Vec<oracle::Report> = Vec::new();
    let started = std::time::Instant::now();
    let mut last_progress = started;
    for i in 0..cli.count {
        let seed = cli.seed.wrapping_add(i);
        let src = mmrun::fuzz::generate(seed, "6.18");
        let mut report = match mmrun::syntax::load("fuzz.mm", &src) {
            Ok(scenario) => oracle::check(&src, &scenario, &host),
            Err(_) => {
                eprintln!("seed {seed}: the generator wrote a scenario that does not load");
                return ExitCode::from(EXIT_CANNOT_RUN);
            }
        };
        if let Some(code) = super::oracle::interrupted() {
            return code;
        }
        let mut written = None;
        if report.verdict == Verdict::Differ {
            let minimal = mmrun::fuzz::shrink(&src, differs);
            let text = match mmrun::syntax::load("fuzz.mm", &minimal) {
                Ok(s) => oracle::check(&minimal, &s, &host).render("minimal"),
                Err(_) => String::new(),
            };
            let commented: String = text.lines().map(|l| format!("# {l}\n")).collect();
            let path = cli.out.join(format!("seed-{seed}.mm"));
            let saved = std::fs::create_dir_all(&cli.out)
                .and_then(|_| std::fs::write(&path, format!("{commented}{minimal}")));
            match saved {
                Ok(()) => written = Some(path.display().to_string()),
                Err(e) => eprintln!("seed {seed}: cannot write {}: {e}", path.display()),
            }
        }
        if json && report.verdict != Verdict::Agree {
            let mut record = report.to_json(&format!("seed {seed}"));
            record["kind"] = json!("fuzz");
            record["seed"] = json!(seed);
            record["minimal"] = json!(written);
            let _ = writeln!(stdout, "{record}");
        } else if !json {
            match (&report.verdict, &written) {
                (Verdict::Differ, Some(path)) => {
                    let _ = writeln!(
                        stdout,
                        "seed {seed}: model and host differ; minimal scenario in {path}"
                    );
                }
                (Verdict::Differ, None) => {
                    let _ = writeln!(stdout, "seed {seed}: model and host differ");
                }
                (Verdict::Failed(why), _) => {
                    let _ = writeln!(stdout, "seed {seed}: the oracle failed: {why}");
                }
                (Verdict::NotRunnable(_), _) if cli.verbose => {
                    let _ = write!(stdout, "{}", report.render(&format!("seed {seed}")));
                }
                _ => {}
            }
        }
        let _ = stdout.flush();
        report.differences.clear();
        reports.push(report);
        if last_progress.elapsed() >= std::time::Duration::from_secs(10) {
            last_progress = std::time::Instant::now();
            eprintln!(
                "fuzz: {} of {} after {} s; {}",
                i + 1,
                cli.count,
                started.elapsed().as_secs(),
                counts(&reports)
            );
        }
    }
    if json {
        let mut summary = oracle::summary_json(&reports);
        summary["kind"] = json!("fuzz-summary");
        summary["generated"] = json!(cli.count);
        let _ = writeln!(stdout, "{summary}");
    } else {
        let _ = writeln!(stdout, "{} generated: {}", cli.count, counts(&reports));
    }
    if reports
        .iter()
        .any(|r| matches!(r.verdict, Verdict::Failed(_)))
    {
        ExitCode::from(EXIT_CANNOT_RUN)
    } else if reports.iter().any(|r| r.verdict == Verdict::Differ) {
        ExitCode::from(EXIT_FAILED)
    } else {
        ExitCode::SUCCESS
    }
}

/// `N agreeing, N differing; N not runnable here (N for ...)`.
fn counts(reports: &[oracle::Report]) -> String {
    let summary = oracle::summary(reports);
    // The summary starts with "N compared: "; the fuzzer counts generated ones.
    summary
        .split_once(": ")
        .map_or(summary.clone(), |(_, rest)| rest.to_string())
}
