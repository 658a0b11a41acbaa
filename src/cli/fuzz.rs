//! `mmrun fuzz --oracle host|vm:KERNEL --seed S --count N`: generated
//! scenarios run on the model and on the host (6.18 profile) or a kernel in
//! VMs (its own profile); a difference is shrunk to a minimal scenario
//! and written out.

use super::{EXIT_CANNOT_RUN, Format, Oracle};
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
    about = "Differential fuzzing of the model against the running kernel or a kernel in VMs"
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
    /// Print the generated scenarios instead of running them (those
    /// `--oracle WHERE` would judge, if given).
    #[arg(long)]
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
        // What `--oracle WHERE` would judge (the host's by default).
        let (judge_kernel, judge_sysctls) = match cli.oracle {
            Some(Oracle::Vm(k)) => (k.name(), true),
            _ => ("6.18", false),
        };
        let mut stdout = std::io::stdout().lock();
        for i in 0..cli.count {
            let src =
                mmrun::fuzz::generate_on(cli.seed.wrapping_add(i), judge_kernel, judge_sysctls);
            // A closed pipe (`| head`) ends the listing quietly.
            if stdout.write_all(src.as_bytes()).is_err() {
                break;
            }
        }
        return ExitCode::SUCCESS;
    }
    let judge = match cli.oracle {
        Some(Oracle::Vm(k)) => {
            if let Some(why) = oracle::vm::unavailable(k) {
                eprintln!("mmrun: {why}");
                return ExitCode::from(EXIT_CANNOT_RUN);
            }
            Judge::Vm(k)
        }
        _ => {
            if let Some(why) = oracle::unavailable() {
                eprintln!("mmrun: the host oracle is unavailable: {why}");
                return ExitCode::from(EXIT_CANNOT_RUN);
            }
            oracle::signals::install();
            Judge::Host(Box::new(oracle::HostFacts::read()))
        }
    };
    let json = cli.format == Format::Json;
    let differs = |src: &str| {
        mmrun::syntax::load("fuzz.mm", src).is_ok()
            && judge.check(&[("fuzz.mm".into(), src.to_string())])[0].verdict == Verdict::Differ
    };
    let mut stdout = std::io::stdout().lock();
    let mut reports: Vec<oracle::Report> = Vec::new();
    let started = std::time::Instant::now();
    let mut last_progress = started;
    let mut next = 0;
    while next < cli.count {
        let round = judge.round().min(cli.count - next);
        let mut batch = Vec::new();
        for i in next..next + round {
            let seed = cli.seed.wrapping_add(i);
            let src = mmrun::fuzz::generate_on(seed, judge.kernel(), judge.sets_sysctls());
            if mmrun::syntax::load("fuzz.mm", &src).is_err() {
                eprintln!("seed {seed}: the generator wrote a scenario that does not load");
                return ExitCode::from(EXIT_CANNOT_RUN);
            }
            batch.push((format!("seed {seed}"), src));
        }
        let judged = judge.check(&batch);
        if let Some(code) = super::oracle::interrupted() {
            return code;
        }
        for (i, ((_, src), mut report)) in batch.iter().zip(judged).enumerate() {
            let seed = cli.seed.wrapping_add(next + i as u64);
            let mut written = None;
            if report.verdict == Verdict::Differ {
                let minimal = mmrun::fuzz::shrink(src, differs);
                let text = judge.check(&[("minimal".into(), minimal.clone())])[0].render("minimal");
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
                let judge_name = judge.name();
                match (&report.verdict, &written) {
                    (Verdict::Differ, Some(path)) => {
                        let _ = writeln!(
                            stdout,
                            "seed {seed}: model and {judge_name} differ; minimal scenario in {path}"
                        );
                    }
                    (Verdict::Differ, None) => {
                        let _ = writeln!(stdout, "seed {seed}: model and {judge_name} differ");
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
        }
        next += round;
        // No progress line after the last round: the summary says it all
        // (and a tool reading the output finds the summary last).
        if next < cli.count && last_progress.elapsed() >= std::time::Duration::from_secs(10) {
            last_progress = std::time::Instant::now();
            eprintln!(
                "fuzz: {next} of {} after {} s; {}",
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
    super::oracle::exit_status(&reports, 0)
}

/// Who judges the generated scenarios.
enum Judge {
    /// The running kernel, against the 6.18 profile.
    Host(Box<oracle::HostFacts>),
    /// A kernel in VMs, against its own profile.
    Vm(oracle::vm::kernels::VmKernel),
}

/// How many scenarios one VM boots for.
const PER_VM: u64 = 100;

impl Judge {
    fn kernel(&self) -> &'static str {
        match self {
            Judge::Host(_) => "6.18",
            Judge::Vm(k) => k.name(),
        }
    }

    /// Whether the judge's machine takes the scenario's sysctls.
    fn sets_sysctls(&self) -> bool {
        matches!(self, Judge::Vm(_))
    }

    fn name(&self) -> String {
        match self {
            Judge::Host(_) => "host".into(),
            Judge::Vm(k) => format!("Linux {} in a VM", k.name()),
        }
    }

    /// How many scenarios to judge at a time: one on the host; a batch per
    /// core in VMs (a boot costs seconds, a scenario milliseconds).
    fn round(&self) -> u64 {
        match self {
            Judge::Host(_) => 1,
            Judge::Vm(_) => {
                PER_VM * std::thread::available_parallelism().map_or(1, |n| n.get() as u64)
            }
        }
    }

    /// A report for each (name, source), in order.
    fn check(&self, scenarios: &[(String, String)]) -> Vec<oracle::Report> {
        match self {
            Judge::Host(host) => scenarios
                .iter()
                .map(|(name, src)| match mmrun::syntax::load(name, src) {
                    Ok(s) => oracle::check(src, &s, host),
                    Err(_) => {
                        oracle::Report::simple(Verdict::Failed(format!("{name} does not load")))
                    }
                })
                .collect(),
            Judge::Vm(k) => super::oracle::on_vms(*k, scenarios),
        }
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
