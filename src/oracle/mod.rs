//! `mmrun --oracle host`: run each scenario for real on the running kernel
//! and compare it, call by call, with the model's 6.18 profile.
//!
//! A scenario file is untrusted input, and the oracle runs as root; so the
//! scenario's machine lives only inside namespaces the oracle creates
//! (README, "The host oracle's threat model"):
//! - `holder.rs`: `mmrun __oracle-ns`, the init of a new PID namespace,
//!   takes a new mount namespace and builds the world there (`tree.rs`: fresh
//!   ext4/tmpfs/hugetlbfs filesystems, no symlink ever followed) and
//!   pivots into it, detaching the host's whole tree;
//! - `probe.rs`: each scenario process is a fresh exec of a tiny static
//!   probe (`probe.c`) in those namespaces, with the scenario's empty
//!   address space, credentials and limits;
//! - `session.rs`: dropping a session (or mmrun dying) kills the holder,
//!   and with it every process, mount and file of the scenario.
//!
//! Per scenario: the model runs it (6.18 profile, with this machine's
//! sysctls and memory wherever the scenario declares none: `host.rs`); what
//! this machine cannot reproduce makes it *not runnable here*, with the
//! reason (`runnable.rs`); otherwise the world is built, and `compare.rs`
//! walks the scenario, running each call on the host and comparing results
//! (errno exactly, addresses absolutely), maps and status blocks.

mod compare;
mod holder;
mod host;
mod lower;
mod maps;
mod probe;
mod reach;
mod runnable;
mod session;
pub mod signals;
mod sys;
mod tree;
pub mod vm;
mod world;

use crate::engine::Kernel;
use crate::runner::{self, RunOptions};
use crate::syntax::ast::Scenario;

pub use holder::holder_main;
pub use host::HostFacts;
pub use maps::parse_maps;

/// The 1-based line of a span's start.
pub(crate) fn line_of(source: &str, span: crate::syntax::ast::Span) -> usize {
    source
        .get(..span.start())
        .map_or(0, |s| s.matches('\n').count())
        + 1
}

/// Whether the oracle can run here at all: root, and a probe was built.
pub fn unavailable() -> Option<&'static str> {
    if !sys::is_root() {
        Some("the host oracle needs root (namespaces, mounts, device nodes, credentials)")
    } else if probe::PROBE.is_empty() {
        Some("the host oracle's probe was not built (no C compiler at build time)")
    } else {
        None
    }
}

/// What kind of thing keeps a scenario from running here.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A declaration no real machine can hold, or the host would read differently.
    Machine,
    /// A sysctl other than this machine's (global settings are never changed).
    Sysctl,
    /// A `memory` line (this machine's memory is what it is).
    Memory,
    /// An answer that depends on a capability this machine withholds.
    Capability,
    /// A limit this machine cannot grant.
    Rlimit,
    /// More memory populated or locked, or more processes, than the oracle
    /// allows a scenario.
    Budget,
    /// A call reaching the probe's own pages.
    ProbePages,
    /// A call that blocks on the host, or a scenario past its time.
    Time,
    /// The probe process died.
    ProbeDied,
    /// A call the model does not model yet.
    Unmodelled,
    /// This machine lacks what the oracle needs (a free loop device, mkfs.ext4).
    Environment,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Machine => "machine declarations",
            Kind::Sysctl => "sysctls",
            Kind::Memory => "memory lines",
            Kind::Capability => "capabilities this machine lacks",
            Kind::Rlimit => "limits this machine cannot grant",
            Kind::Budget => "the oracle's budget",
            Kind::ProbePages => "the probe's own pages",
            Kind::Time => "blocking calls",
            Kind::ProbeDied => "the probe died",
            Kind::Unmodelled => "calls not modelled yet",
            Kind::Environment => "this machine's equipment",
        }
    }
}

/// Why a scenario is not runnable here: a kind (for summaries) and the
/// precise words.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Reason {
    pub kind: Kind,
    pub text: String,
}

impl Reason {
    pub fn new(kind: Kind, text: impl Into<String>) -> Reason {
        Reason {
            kind,
            text: text.into(),
        }
    }
    pub fn machine(text: impl Into<String>) -> Reason {
        Reason::new(Kind::Machine, text)
    }
    pub fn environment(text: impl Into<String>) -> Reason {
        Reason::new(Kind::Environment, text)
    }
}

/// How one scenario came out.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Verdict {
    /// Every call, maps and status compared agreed.
    #[default]
    Agree,
    /// The kernel and the model answered differently.
    Differ,
    /// This machine cannot run the scenario (or the rest of it), and why.
    NotRunnable(Vec<Reason>),
    /// The oracle itself failed (a bug or a broken machine, not a verdict).
    Failed(String),
}

/// One scenario's report.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Report {
    pub verdict: Verdict,
    /// What ran it for real: empty for the host.
    pub judge: String,
    pub calls: usize,
    pub calls_differing: usize,
    pub maps: usize,
    pub maps_differing: usize,
    pub statuses: usize,
    pub statuses_differing: usize,
    /// Where the host and the model answered differently.
    pub differences: Vec<crate::report::difference::Difference>,
}

impl Report {
    pub fn simple(verdict: Verdict) -> Report {
        Report {
            verdict,
            ..Report::default()
        }
    }

    fn compared(&self) -> String {
        format!(
            "{} calls, {} maps, {} status",
            self.calls, self.maps, self.statuses
        )
    }

    /// What ran the scenario for real, in words.
    pub fn judged_by(&self) -> &str {
        if self.judge.is_empty() {
            "the host"
        } else {
            &self.judge
        }
    }

    /// The report as text, headed by the scenario's name.
    pub fn render(&self, name: &str) -> String {
        let by = self.judged_by();
        let head = match &self.verdict {
            Verdict::Agree => format!(
                "## {name}: {by} agrees with the model ({} compared)",
                self.compared()
            ),
            Verdict::Differ => format!(
                "## {name}: {by} DIFFERS from the model ({} of {} calls, {} of {} maps, {} of {} status)",
                self.calls_differing,
                self.calls,
                self.maps_differing,
                self.maps,
                self.statuses_differing,
                self.statuses
            ),
            Verdict::NotRunnable(why) => {
                let texts: Vec<&str> = why.iter().map(|r| r.text.as_str()).collect();
                let before = if self.calls + self.maps + self.statuses > 0 {
                    format!(" (before that, {} compared and agreed)", self.compared())
                } else {
                    String::new()
                };
                format!("## {name}: not runnable here: {}{before}", texts.join("; "))
            }
            Verdict::Failed(why) => format!("## {name}: the oracle failed: {why}"),
        };
        let side = if self.judge.is_empty() {
            "host"
        } else {
            "kernel"
        };
        let details = crate::report::difference::render(&self.differences, "model", side);
        format!("{head}\n{details}")
    }
}

/// Run one parsed scenario on the host and compare it with the model.
pub fn check(source: &str, scenario: &Scenario, host: &HostFacts) -> Report {
    if let Some(why) = unavailable() {
        return Report::simple(Verdict::Failed(why.into()));
    }
    check_on(source, scenario, host, &Judge::Host)
}

/// Where a scenario runs for real.
pub enum Judge<'a> {
    /// The running kernel, in namespaces of the oracle's own (6.18 model).
    Host,
    /// Inside a VM booted from `kernel`'s release (this process is its
    /// init): the world under `dir`, the scenario's sysctls set for it.
    Vm {
        kernel: Kernel,
        dir: &'a std::path::Path,
    },
}

/// Run one parsed scenario where `judge` says and compare it with the model.
pub fn check_on(source: &str, scenario: &Scenario, host: &HostFacts, judge: &Judge) -> Report {
    let kernel = match judge {
        Judge::Host => Kernel::V6_18,
        Judge::Vm { kernel, .. } => *kernel,
    };
    let opts = RunOptions {
        kernel: Some(kernel),
        explain: false,
        // Only where the probe's own pages are (it is linked at
        // 0x7ffffe000000): the check that keeps calls away from them.
        vmas_after_calls: Some((0x7fff_f000_0000, u64::MAX)),
        vdso: false,
        defaults: Some(host.model_defaults()),
    };
    let run = match runner::run(scenario, &opts) {
        Ok(r) => r,
        Err(e) => return Report::simple(Verdict::Failed(format!("the model: {}", e.message))),
    };
    let mut why = runnable::check(source, scenario, &run, host);
    let spec = match world::describe(scenario) {
        Ok(s) => {
            why.extend(runnable::world_size(&s));
            if let Judge::Vm { .. } = judge {
                why.extend(vm::unsupported(&s));
            }
            Some(s)
        }
        Err(mut w) => {
            why.append(&mut w);
            None
        }
    };
    let Some(spec) = spec.filter(|_| why.is_empty()) else {
        return Report::simple(Verdict::NotRunnable(why));
    };
    let started = match judge {
        Judge::Host => session::Session::start(&spec),
        Judge::Vm { dir, .. } => vm::guest::start(scenario, &spec, dir),
    };
    let mut report = match started {
        Ok(mut session) => {
            compare::Comparison::new(source, &mut session, &run, host).walk(scenario)
        }
        Err(session::StartError::NotRunnable(r)) => Report::simple(Verdict::NotRunnable(vec![r])),
        Err(session::StartError::Failed(e)) => Report::simple(Verdict::Failed(e)),
    };
    if let Judge::Vm { kernel, .. } = judge {
        // On every path, a scenario that stopped half-way included: the
        // next scenario in this boot starts from the guest's own settings.
        vm::guest::restore_sysctls(host);
        report.judge = format!("Linux {} in a VM", kernel.name());
    }
    report
}

impl Report {
    /// The report as a JSON record (docs/json.md, `"kind": "oracle"`).
    pub fn to_json(&self, file: &str) -> serde_json::Value {
        let (verdict, reasons, failure) = match &self.verdict {
            Verdict::Agree => ("agree", &[][..], None),
            Verdict::Differ => ("differ", &[][..], None),
            Verdict::NotRunnable(why) => ("not-runnable", &why[..], None),
            Verdict::Failed(why) => ("failed", &[][..], Some(why.as_str())),
        };
        serde_json::json!({
            "kind": "oracle", "file": file, "verdict": verdict,
            "calls": self.calls, "calls_differing": self.calls_differing,
            "maps": self.maps, "maps_differing": self.maps_differing,
            "statuses": self.statuses, "statuses_differing": self.statuses_differing,
            "reasons": reasons, "failure": failure,
            "a": "model", "b": if self.judge.is_empty() { "host" } else { "kernel" },
            "judge": self.judged_by(), "differences": self.differences,
        })
    }
}

/// The counts of several scenarios' reports, as a JSON record.
pub fn summary_json(reports: &[Report]) -> serde_json::Value {
    let count = |f: &dyn Fn(&Verdict) -> bool| reports.iter().filter(|r| f(&r.verdict)).count();
    let by_kind: serde_json::Map<String, serde_json::Value> = reasons_by_kind(reports)
        .into_iter()
        .map(|(k, n)| {
            let key = serde_json::to_value(k)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default();
            (key, serde_json::json!(n))
        })
        .collect();
    serde_json::json!({
        "kind": "oracle-summary",
        "agreeing": count(&|v| *v == Verdict::Agree),
        "differing": count(&|v| *v == Verdict::Differ),
        "not_runnable": count(&|v| matches!(v, Verdict::NotRunnable(_))),
        "not_runnable_by_kind": by_kind,
        "failed": count(&|v| matches!(v, Verdict::Failed(_))),
    })
}

/// The lines closing a run of several scenarios: the counts, and the
/// reasons scenarios were not runnable, by kind.
pub fn summary(reports: &[Report]) -> String {
    let count = |f: &dyn Fn(&Verdict) -> bool| reports.iter().filter(|r| f(&r.verdict)).count();
    let agree = count(&|v| *v == Verdict::Agree);
    let differ = count(&|v| *v == Verdict::Differ);
    let not_runnable = count(&|v| matches!(v, Verdict::NotRunnable(_)));
    let failed = count(&|v| matches!(v, Verdict::Failed(_)));
    let mut s = format!(
        "{} compared: {agree} agreeing, {differ} differing; {not_runnable} not runnable here",
        agree + differ
    );
    let by_kind = reasons_by_kind(reports);
    if !by_kind.is_empty() {
        let parts: Vec<String> = by_kind
            .iter()
            .map(|(k, n)| format!("{n} for {}", k.label()))
            .collect();
        s.push_str(&format!(" ({})", parts.join(", ")));
    }
    if failed > 0 {
        s.push_str(&format!("; the oracle failed on {failed}"));
    }
    s
}

/// How many scenarios each kind of reason kept from running (a scenario
/// with several reasons of one kind counts once).
pub fn reasons_by_kind(reports: &[Report]) -> Vec<(Kind, usize)> {
    let mut counts: std::collections::BTreeMap<Kind, usize> = Default::default();
    for r in reports {
        if let Verdict::NotRunnable(why) = &r.verdict {
            let mut kinds: Vec<Kind> = why.iter().map(|w| w.kind).collect();
            kinds.sort();
            kinds.dedup();
            for k in kinds {
                *counts.entry(k).or_default() += 1;
            }
        }
    }
    counts.into_iter().collect()
}
