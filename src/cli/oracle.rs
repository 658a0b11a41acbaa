//! `mmrun --oracle host FILE...`: every scenario on the running kernel
//! against the model's 6.18 profile. Exit status: 0 all agree (or are not
//! runnable here), 1 some differ, 2 the oracle failed on some (or is
//! unavailable); 128+N when signal N ended the run.

use super::{EXIT_CANNOT_RUN, EXIT_FAILED, Out};
use mmrun::oracle::{self, Verdict};
use std::process::ExitCode;

pub fn main(cli: &super::Cli) -> ExitCode {
    if let Some(super::Oracle::Vm(kernel)) = cli.oracle {
        return vm(cli, kernel);
    }
    if let Some(why) = oracle::unavailable() {
        eprintln!("mmrun: {why}");
        return ExitCode::from(EXIT_CANNOT_RUN);
    }
    oracle::signals::install();
    let host = oracle::HostFacts::read();
    let mut out = Out::new(cli.format, cli.color);
    let mut reports = Vec::new();
    let mut broken = 0;
    for path in &cli.files {
        let Some(file) = super::output::load(path, &mut out) else {
            broken += 1;
            continue;
        };
        let report = oracle::check(&file.source, &file.scenario, &host);
        if let Some(code) = interrupted() {
            return code;
        }
        out.record(&report.to_json(&file.name));
        if !cli.quiet || report.verdict != Verdict::Agree {
            out.text(&report.render(&file.name));
        }
        out.flush();
        reports.push(report);
    }
    out.record(&oracle::summary_json(&reports));
    out.text(&format!("{}\n", oracle::summary(&reports)));
    exit_status(&reports, broken)
}

/// An oracle run's exit status: 2 if a file could not be read or the oracle
/// failed on one, 1 if any differs, else 0.
pub fn exit_status(reports: &[oracle::Report], broken: usize) -> ExitCode {
    if broken > 0
        || reports
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

/// If SIGINT, SIGTERM or SIGHUP ended an oracle run: say so, and the exit
/// status (128 + the signal's number).
pub fn interrupted() -> Option<ExitCode> {
    let sig = oracle::signals::caught()?;
    eprintln!(
        "mmrun: stopped by {}; everything the oracle ran lived in its namespaces, which are gone",
        oracle::signals::name(sig)
    );
    Some(ExitCode::from(128 + sig as u8))
}

/// (name, source) scenarios judged by `kernel` in VMs: one batch per core,
/// the VMs side by side; a report for each, in order.
pub fn on_vms(
    kernel: oracle::vm::kernels::VmKernel,
    files: &[(String, String)],
) -> Vec<oracle::Report> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let per_vm = files.len().div_ceil(cores.max(1)).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = files
            .chunks(per_vm)
            .map(|batch| s.spawn(move || oracle::vm::check_batch(kernel, batch)))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// `--oracle vm:KERNEL`: the scenarios in batches, one VM per core at most.
fn vm(cli: &super::Cli, kernel: oracle::vm::kernels::VmKernel) -> ExitCode {
    // A VM judges the profile of its own kernel, whatever the headers say.
    if let Some(k) = cli.kernel.as_deref().filter(|k| *k != kernel.name()) {
        eprintln!(
            "mmrun: --kernel {k} with --oracle vm:{0}: that VM judges the {0} profile only",
            kernel.name()
        );
        return ExitCode::from(super::EXIT_USAGE);
    }
    if let Some(why) = oracle::vm::unavailable(kernel) {
        eprintln!("mmrun: {why}");
        return ExitCode::from(EXIT_CANNOT_RUN);
    }
    let mut out = Out::new(cli.format, cli.color);
    let mut broken = 0;
    let mut files = Vec::new();
    for path in &cli.files {
        match super::output::load(path, &mut out) {
            Some(f) => files.push((f.name, f.source)),
            None => broken += 1,
        }
    }
    let reports = on_vms(kernel, &files);
    for ((name, _), report) in files.iter().zip(&reports) {
        out.record(&report.to_json(name));
        if !cli.quiet || report.verdict != Verdict::Agree {
            out.text(&report.render(name));
        }
    }
    out.record(&oracle::summary_json(&reports));
    out.text(&format!("{}\n", oracle::summary(&reports)));
    exit_status(&reports, broken)
}
