//! The `mmrun` command line: run scenarios, print transcripts, report
//! expectations that failed. Exit status: 0 all held, 1 some did not, 2 a
//! scenario could not be run, 64 bad usage.

use clap::{Parser, ValueEnum};

/// mimalloc: the runner allocates a little per call, and glibc's malloc was a
/// third of the pipeline's time.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use mmrun::engine::Kernel;
use mmrun::report::{compare, diagnostics, json, mismatch, transcript};
use mmrun::runner::{self, RunOptions};
use mmrun::syntax::error::Source;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Oracle {
    /// The running kernel (needs root).
    Host,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

/// What will Linux do with this mmap, and why? Runs .mm scenarios through a
/// model of the kernel's mm code and prints what that kernel answers.
#[derive(Parser, Debug)]
#[command(
    name = "mmrun",
    version,
    about,
    after_help = "Differential fuzzing against the running kernel: mmrun fuzz --oracle host --seed S --count N (see mmrun fuzz --help)."
)]
struct Cli {
    /// Scenario files to run.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<std::path::PathBuf>,
    /// Kernel profile, overriding each scenario's `kernel` header (4.12 or
    /// 6.18). Two, comma-separated (`4.12,6.18`), run each scenario under
    /// both and print where their outcomes differ.
    #[arg(long, value_name = "VERSION[,VERSION]")]
    kernel: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Print only failures and the summary.
    #[arg(long, short)]
    quiet: bool,
    /// Show, under every call, its way through the kernel.
    #[arg(long)]
    explain: bool,
    /// Run each scenario for real on the running kernel as well and compare
    /// it, call by call, with the model's 6.18 profile (needs root).
    #[arg(long, value_enum, value_name = "WHERE")]
    oracle: Option<Oracle>,
    /// Colour in diagnostics (NO_COLOR is respected under `auto`).
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
}

/// Exit statuses (see docs/language.md).
const EXIT_FAILED: u8 = 1;
const EXIT_CANNOT_RUN: u8 = 2;
const EXIT_USAGE: u8 = 64;

fn main() -> ExitCode {
    // The host oracle's namespace holder (see src/oracle): not for people.
    if std::env::args_os()
        .nth(1)
        .is_some_and(|a| a == "__oracle-ns")
    {
        return mmrun::oracle::holder_main();
    }
    if std::env::args_os().nth(1).is_some_and(|a| a == "fuzz") {
        return fuzz_main();
    }
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    ExitCode::SUCCESS
                }
                _ => ExitCode::from(EXIT_USAGE),
            };
        }
    };
    let mut kernels = Vec::new();
    for k in cli.kernel.iter().flat_map(|k| k.split(',')) {
        match Kernel::parse(k.trim()) {
            Some(k) => kernels.push(k),
            None => {
                eprintln!("mmrun: unknown kernel profile `{k}` (modelled: 4.12, 6.18)");
                return ExitCode::from(EXIT_USAGE);
            }
        }
    }
    if kernels.len() > 2 {
        eprintln!("mmrun: --kernel takes one profile, or two to compare");
        return ExitCode::from(EXIT_USAGE);
    }
    if cli.oracle.is_some() {
        return oracle_main(&cli);
    }
    let kernel = kernels.first().copied();
    let compare_with = kernels.get(1).copied();
    let color = match cli.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal(),
    };
    let opts = RunOptions {
        kernel,
        explain: cli.explain,
        vmas_after_calls: cli.format == Format::Json,
        ..RunOptions::default()
    };
    let text = transcript::TextOptions {
        quiet: cli.quiet,
        explain: cli.explain,
    };
    let width = 100;
    let (mut passed, mut failed, mut broken) = (0, 0, 0);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in &cli.files {
        let Some((name, source, scenario)) = load_file(path, color, width) else {
            broken += 1;
            continue;
        };
        if let Some(other) = compare_with {
            let second = RunOptions {
                kernel: Some(other),
                ..opts
            };
            match (
                runner::run(&scenario, &opts),
                runner::run(&scenario, &second),
            ) {
                (Ok(a), Ok(b)) => {
                    let diff = compare::differences(&source, &a, &b);
                    if diff.is_empty() {
                        let _ = writeln!(
                            out,
                            "## {name}: {} and {} agree",
                            a.kernel.name(),
                            b.kernel.name()
                        );
                    } else {
                        let _ = write!(
                            out,
                            "## {name}: {} and {} differ\n{diff}",
                            a.kernel.name(),
                            b.kernel.name()
                        );
                    }
                    passed += 1;
                }
                (Err(e), _) | (_, Err(e)) => {
                    eprintln!(
                        "{}",
                        diagnostics::render(
                            &mismatch::cannot_run(&Source::new(&name, &source), &e),
                            color,
                            width
                        )
                    );
                    broken += 1;
                }
            }
            continue;
        }
        let run = match runner::run(&scenario, &opts) {
            Ok(r) => r,
            Err(e) => {
                eprintln!(
                    "{}",
                    diagnostics::render(
                        &mismatch::cannot_run(&Source::new(&name, &source), &e),
                        color,
                        width
                    )
                );
                broken += 1;
                continue;
            }
        };
        match cli.format {
            Format::Text => {
                if cli.files.len() > 1 && !cli.quiet {
                    let _ = writeln!(out, "## {name}");
                }
                let _ = out.write_all(transcript::render(&run, &text).as_bytes());
            }
            Format::Json => {
                for r in json::records(&name, &run) {
                    let _ = writeln!(out, "{r}");
                }
            }
        }
        let _ = out.flush();
        if !run.mismatches.is_empty() {
            let shared = Source::new(&name, &source);
            for m in &run.mismatches {
                eprintln!(
                    "{}",
                    diagnostics::render(&mismatch::expectation(&shared, m), color, width)
                );
            }
        }
        if run.mismatches.is_empty() {
            passed += 1;
        } else {
            failed += 1;
        }
    }
    if cli.files.len() > 1 || cli.quiet {
        let _ = writeln!(out, "{passed} passed, {} failed", failed + broken);
    }
    if broken > 0 {
        ExitCode::from(EXIT_CANNOT_RUN)
    } else if failed > 0 {
        ExitCode::from(EXIT_FAILED)
    } else {
        ExitCode::SUCCESS
    }
}

/// Read and load a scenario file; on failure say why on stderr.
fn load_file(
    path: &std::path::Path,
    color: bool,
    width: usize,
) -> Option<(String, String, mmrun::syntax::ast::Scenario)> {
    use std::io::Read;
    let name = path.display().to_string();
    // One byte more than a scenario may hold, to tell a file that is too
    // large (or endless, like /dev/zero) without reading all of it.
    let mut bytes = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| {
        f.take(mmrun::syntax::MAX_INPUT as u64 + 1)
            .read_to_end(&mut bytes)
    });
    if let Err(e) = read {
        eprintln!("mmrun: cannot read {name}: {e}");
        return None;
    }
    let source = match mmrun::syntax::decode(&name, bytes) {
        Ok(text) => text,
        Err(errors) => {
            eprintln!("{}", diagnostics::render(&errors, color, width));
            return None;
        }
    };
    match mmrun::syntax::load(&name, &source) {
        Ok(scenario) => Some((name, source, scenario)),
        Err(errors) => {
            eprintln!("{}", diagnostics::render(&errors, color, width));
            None
        }
    }
}

/// `--oracle host`: every scenario on the running kernel against the model's
/// 6.18 profile. Exit status: 0 all agree (or are not runnable here), 1 some
/// differ, 2 the oracle failed on some (or is unavailable); 128+N when
/// signal N ended the run.
fn oracle_main(cli: &Cli) -> ExitCode {
    use mmrun::oracle::{self, Verdict};
    if let Some(why) = oracle::unavailable() {
        eprintln!("mmrun: {why}");
        return ExitCode::from(EXIT_CANNOT_RUN);
    }
    oracle::signals::install();
    let host = oracle::HostFacts::read();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut reports = Vec::new();
    let mut broken = 0;
    for path in &cli.files {
        let Some((name, source, scenario)) = load_file(path, false, 100) else {
            broken += 1;
            continue;
        };
        let report = oracle::check(&source, &scenario, &host);
        if let Some(code) = interrupted() {
            return code;
        }
        if !cli.quiet || report.verdict != Verdict::Agree {
            let _ = out.write_all(report.render(&name).as_bytes());
            let _ = out.flush();
        }
        reports.push(report);
    }
    let _ = writeln!(out, "{}", oracle::summary(&reports));
    let failed = reports
        .iter()
        .any(|r| matches!(r.verdict, Verdict::Failed(_)));
    if broken > 0 || failed {
        ExitCode::from(EXIT_CANNOT_RUN)
    } else if reports.iter().any(|r| r.verdict == Verdict::Differ) {
        ExitCode::from(EXIT_FAILED)
    } else {
        ExitCode::SUCCESS
    }
}

/// If SIGINT, SIGTERM or SIGHUP ended an oracle run: say so, and the exit
/// status (128 + the signal's number).
fn interrupted() -> Option<ExitCode> {
    let sig = mmrun::oracle::signals::caught()?;
    eprintln!(
        "mmrun: stopped by {}; everything the oracle ran lived in its namespaces, which are gone",
        mmrun::oracle::signals::name(sig)
    );
    Some(ExitCode::from(128 + sig as u8))
}

/// `mmrun fuzz --oracle host --seed S --count N`: generated scenarios run on
/// the model and the host; a difference is shrunk to a minimal scenario and
/// written out.
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
        value_enum,
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
}

fn fuzz_main() -> ExitCode {
    let cli = match FuzzCli::try_parse_from(std::env::args_os().skip(1)) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    ExitCode::SUCCESS
                }
                _ => ExitCode::from(EXIT_USAGE),
            };
        }
    };
    if cli.print {
        for i in 0..cli.count {
            let seed = cli.seed.wrapping_add(i);
            print!("{}", mmrun::fuzz::generate(seed, "6.18"));
        }
        return ExitCode::SUCCESS;
    }
    use mmrun::oracle::{self, Verdict};
    if let Some(why) = oracle::unavailable() {
        eprintln!("mmrun: the host oracle is unavailable: {why}");
        return ExitCode::from(EXIT_CANNOT_RUN);
    }
    oracle::signals::install();
    let host = oracle::HostFacts::read();
    let differs = |src: &str| match mmrun::syntax::load("fuzz.mm", src) {
        Ok(scenario) => oracle::check(src, &scenario, &host).verdict == Verdict::Differ,
        Err(_) => false,
    };
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
        if let Some(code) = interrupted() {
            return code;
        }
        match &report.verdict {
            Verdict::Differ => {
                let minimal = mmrun::fuzz::shrink(&src, differs);
                let text = match mmrun::syntax::load("fuzz.mm", &minimal) {
                    Ok(s) => oracle::check(&minimal, &s, &host).render("minimal"),
                    Err(_) => String::new(),
                };
                let commented: String = text.lines().map(|l| format!("# {l}\n")).collect();
                let _ = std::fs::create_dir_all(&cli.out);
                let path = cli.out.join(format!("seed-{seed}.mm"));
                let _ = std::fs::write(&path, format!("{commented}{minimal}"));
                println!(
                    "seed {seed}: model and host differ; minimal scenario in {}",
                    path.display()
                );
            }
            Verdict::Failed(why) => println!("seed {seed}: the oracle failed: {why}"),
            Verdict::NotRunnable(_) if cli.verbose => {
                print!("{}", report.render(&format!("seed {seed}")));
            }
            _ => {}
        }
        report.details.clear();
        reports.push(report);
        if last_progress.elapsed() >= std::time::Duration::from_secs(10) {
            last_progress = std::time::Instant::now();
            eprintln!(
                "fuzz: {} of {} after {} s; {}",
                i + 1,
                cli.count,
                started.elapsed().as_secs(),
                fuzz_counts(&reports)
            );
        }
    }
    println!("{} generated: {}", cli.count, fuzz_counts(&reports));
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
fn fuzz_counts(reports: &[mmrun::oracle::Report]) -> String {
    let summary = mmrun::oracle::summary(reports);
    // The summary starts with "N compared: "; the fuzzer counts generated ones.
    summary
        .split_once(": ")
        .map_or(summary.clone(), |(_, rest)| rest.to_string())
}
