//! The runner wires the layers: it builds the engine's machine from a
//! scenario's declarations, turns each statement into engine calls, and
//! compares what the engine answers with what the scenario expects. What it
//! produces is pure data for the report layer to print: a [`Run`], or, for
//! runs too long to hold, each [`Event`] and [`Mismatch`] handed to a
//! [`Sink`] as it happens.

mod args;
mod expect;
pub mod world;

use crate::engine::proc::{MapsEntry, StatusInfo};
use crate::engine::trace::Step;
use crate::engine::{Kernel, Machine, Pid, ProcessSpec, Refusal};
use crate::syntax::ast::{Block, Scenario, Span, StmtKind};
use rustc_hash::FxHashMap as HashMap;

pub use crate::uapi::calls::{ArgValue, CallId};
pub use args::value_with;
pub use expect::{Mismatch, MismatchKind};

/// How to run.
#[derive(Clone, Copy, Debug, Default)]
pub struct RunOptions {
    /// Overrides the scenario's `kernel` header.
    pub kernel: Option<Kernel>,
    /// Record the way every call took through the kernel.
    pub explain: bool,
    /// Record, after every call, the process's VMAs that meet this range
    /// (the whole table for JSON output; the oracle's probe zone for it).
    pub vmas_after_calls: Option<(u64, u64)>,
    /// Give each process the vDSO pages a real exec installs.
    pub vdso: bool,
    /// The machine before the scenario's declarations (None: the language's
    /// defaults).
    pub defaults: Option<world::MachineDefaults>,
}

/// One thing the transcript shows, in execution order.
#[derive(Clone, Debug)]
pub enum Event {
    Call {
        process: usize,
        call: CallId,
        args: Vec<ArgValue>,
        result: Result<u64, Refusal>,
        steps: Vec<Step>,
        /// The capabilities the model's answer depended on (bit per CAP_*).
        caps_consulted: u64,
        /// The VMA table after the call, when asked for.
        vmas: Option<Vec<MapsEntry>>,
        /// How many VMAs the process has after the call.
        map_count: u64,
        /// What the call wrote to user memory that strace shows (mincore's
        /// vector, all of it; `args` holds the entries strace prints).
        copied_out: Option<crate::engine::mincore::Residency>,
        span: Span,
    },
    Maps {
        process: usize,
        entries: Vec<MapsEntry>,
        /// `smaps`: the entries carry their VmFlags.
        smaps: bool,
        span: Span,
    },
    Status {
        process: usize,
        info: StatusInfo,
        span: Span,
    },
    /// `read` or `write`: the access and what it ended in (a refusal is the
    /// check that sent the signal).
    Touch {
        process: usize,
        access: crate::uapi::Access,
        addr: u64,
        len: u64,
        result: Result<u64, Refusal>,
        steps: Vec<Step>,
        span: Span,
    },
    Rlimit {
        process: usize,
        resource: u64,
        soft: u64,
        hard: u64,
        span: Span,
    },
}

/// A process of the run, for labelling its lines.
#[derive(Clone, Debug)]
pub struct ProcessInfo {
    pub name: String,
    pub pid: u32,
    pub uid: u32,
    pub gid: u32,
    /// Its capabilities (bit per CAP_*).
    pub caps: u64,
    /// The (soft, hard) limits it exec'd with, by RLIMIT_* number: those in
    /// force at its first call (empty if it made none).
    pub exec_rlimits: Vec<(u64, u64)>,
}

/// Everything a scenario's run produced.
#[derive(Clone, Debug)]
pub struct Run {
    pub kernel: Kernel,
    pub processes: Vec<ProcessInfo>,
    pub events: Vec<Event>,
    pub mismatches: Vec<Mismatch>,
}

/// Where a streamed run's events and failed expectations go, in order, as
/// they happen. `processes` are the run's processes so far (an event's
/// `process` indexes them).
pub trait Sink {
    fn event(&mut self, processes: &[ProcessInfo], event: Event);
    fn mismatch(&mut self, processes: &[ProcessInfo], mismatch: Mismatch);
}

/// How a streamed run ended.
#[derive(Clone, Debug)]
pub struct Finished {
    pub kernel: Kernel,
    pub processes: Vec<ProcessInfo>,
    /// How many expectations did not hold.
    pub mismatches: usize,
}

/// The sink behind [`run`]: it keeps everything.
#[derive(Default)]
struct Keep {
    events: Vec<Event>,
    mismatches: Vec<Mismatch>,
}

impl Sink for Keep {
    fn event(&mut self, _: &[ProcessInfo], event: Event) {
        self.events.push(event);
    }
    fn mismatch(&mut self, _: &[ProcessInfo], mismatch: Mismatch) {
        self.mismatches.push(mismatch);
    }
}

/// Why a scenario could not be run at all (exit status 2).
#[derive(Clone, Debug)]
pub struct RunError {
    pub message: String,
    pub span: Span,
    pub help: Option<String>,
}

/// How many processes a scenario's run has: one per distinct block name.
pub fn process_count(scenario: &Scenario) -> usize {
    let mut names: Vec<&str> = scenario
        .blocks
        .iter()
        .map(|b| b.process.value.as_str())
        .collect();
    names.sort_unstable();
    names.dedup();
    names.len()
}

/// Run a parsed and checked scenario, keeping what it produced.
pub fn run(scenario: &Scenario, opts: &RunOptions) -> Result<Run, RunError> {
    let mut keep = Keep::default();
    let finished = run_into(scenario, opts, &mut keep)?;
    Ok(Run {
        kernel: finished.kernel,
        processes: finished.processes,
        events: keep.events,
        mismatches: keep.mismatches,
    })
}

/// Run a parsed and checked scenario, handing each event and failed
/// expectation to `sink` as it happens: memory does not grow with the
/// number of calls.
pub fn run_into(
    scenario: &Scenario,
    opts: &RunOptions,
    sink: &mut dyn Sink,
) -> Result<Finished, RunError> {
    let kernel = match opts.kernel {
        Some(k) => k,
        None => match &scenario.kernel {
            None => Kernel::V4_12,
            Some(k) => Kernel::parse(&k.value).ok_or_else(|| RunError {
                message: format!("kernel profile \"{}\" is not modelled yet", k.value),
                span: k.span,
                help: Some("the modelled profiles are \"4.12\" and \"6.18\"".into()),
            })?,
        },
    };
    let defaults = opts
        .defaults
        .unwrap_or_else(world::MachineDefaults::language);
    let mut machine = world::build(kernel, scenario, &defaults)?;
    machine.world.exec_vdso = opts.vdso;
    let mut runner = Runner {
        machine: &mut machine,
        opts,
        pids: HashMap::default(),
        processes: Vec::new(),
        vars: vec![None; scenario.vars.len()],
        var_names: &scenario.vars,
        sink,
        mismatches: 0,
    };
    for block in &scenario.blocks {
        runner.block(block)?;
    }
    Ok(Finished {
        kernel,
        processes: runner.processes,
        mismatches: runner.mismatches,
    })
}

struct Runner<'a> {
    machine: &'a mut Machine,
    opts: &'a RunOptions,
    /// Process name → (engine pid, index in `processes`).
    pids: HashMap<String, (Pid, usize)>,
    processes: Vec<ProcessInfo>,
    /// The variables' values, by VarId (None until bound).
    vars: Vec<Option<u64>>,
    var_names: &'a [String],
    sink: &'a mut dyn Sink,
    mismatches: usize,
}

impl Runner<'_> {
    fn emit(&mut self, event: Event) {
        self.sink.event(&self.processes, event);
    }

    fn failed(&mut self, mismatch: Mismatch) {
        self.mismatches += 1;
        self.sink.mismatch(&self.processes, mismatch);
    }

    fn process(&mut self, block: &Block) -> Result<(Pid, usize), RunError> {
        if let Some(&p) = self.pids.get(&block.process.value) {
            return Ok(p);
        }
        let uid = self.eval_opt(block.uid.as_ref())?.unwrap_or(0) as u32;
        let gid = self.eval_opt(block.gid.as_ref())?.unwrap_or(uid as u64) as u32;
        let caps = block.caps.as_ref().map(|names| {
            names
                .iter()
                .filter_map(|n| crate::uapi::CAP_NAMES.iter().position(|c| *c == n.value))
                .fold(0u64, |acc, bit| acc | 1 << bit)
        });
        let pid = self.machine.spawn(&ProcessSpec {
            name: block.process.value.clone(),
            uid,
            gid,
            caps,
        });
        let index = self.processes.len();
        let task = &self.machine.tasks[pid];
        self.processes.push(ProcessInfo {
            name: block.process.value.clone(),
            pid: task.pid,
            uid: task.uid,
            gid: task.gid,
            caps: task.caps,
            exec_rlimits: Vec::new(),
        });
        self.pids.insert(block.process.value.clone(), (pid, index));
        Ok((pid, index))
    }

    /// The limits the process exec's with, kept at its first call or
    /// access (the exec happens then).
    fn note_exec_rlimits(&mut self, pid: Pid, index: usize) {
        let task = &self.machine.tasks[pid];
        if !task.execd {
            self.processes[index].exec_rlimits = task.rlim.iter().map(|r| (r.cur, r.max)).collect();
        }
    }

    fn eval_opt(&self, e: Option<&crate::syntax::ast::Expr>) -> Result<Option<u64>, RunError> {
        e.map(|e| self.eval(e)).transpose()
    }

    fn eval(&self, e: &crate::syntax::ast::Expr) -> Result<u64, RunError> {
        e.eval(&|v| self.vars.get(v.index()).copied().flatten())
            .map_err(|err| RunError {
                message: err.describe(self.var_names),
                span: e.span,
                help: None,
            })
    }

    fn block(&mut self, block: &Block) -> Result<(), RunError> {
        let (pid, index) = self.process(block)?;
        for stmt in &block.stmts {
            // A failed expectation follows its statement's event.
            let mut mismatch = None;
            match &stmt.kind {
                StmtKind::Call { bind, call, expect } => {
                    let (id, mut args, syscall) = args::lower(self, call)?;
                    self.note_exec_rlimits(pid, index);
                    let outcome = self.machine.syscall(pid, &syscall, self.opts.explain);
                    if let Some(out) = &outcome.copied_out {
                        // A written vector is an expectation; the event
                        // shows the model's, as strace would.
                        if let Some(m) = expect::vector(call, &args, out) {
                            mismatch = Some(m);
                        }
                        expect::show_vector(id, &mut args, out);
                    }
                    let value = match &outcome.result {
                        Ok(v) => *v,
                        Err(_) => u64::MAX,
                    };
                    if let Some(b) = bind
                        && let Some(slot) = self.vars.get_mut(b.value.index())
                    {
                        *slot = Some(value);
                    }
                    if let Some(exp) = expect
                        && let Some(m) = expect::call_result(self, exp, &outcome.result)?
                    {
                        mismatch = Some(m);
                    }
                    let vmas = self
                        .opts
                        .vmas_after_calls
                        .map(|(lo, hi)| self.machine.maps_within(pid, lo, hi));
                    self.emit(Event::Call {
                        process: index,
                        call: id,
                        args,
                        result: outcome.result,
                        steps: outcome.steps,
                        caps_consulted: outcome.caps_consulted,
                        vmas,
                        map_count: self.machine.tasks[pid].mm.map_count(),
                        copied_out: outcome.copied_out,
                        span: call.span,
                    });
                }
                StmtKind::Maps { expect } => {
                    let entries = self.machine.maps(pid);
                    if let Some(exp) = expect
                        && let Some(m) = expect::maps(exp, &entries)
                    {
                        mismatch = Some(m);
                    }
                    self.emit(Event::Maps {
                        process: index,
                        entries,
                        smaps: false,
                        span: stmt.span,
                    });
                }
                StmtKind::Smaps { expect } => {
                    let entries = self.machine.smaps(pid);
                    if let Some(exp) = expect
                        && let Some(m) = expect::smaps(exp, &entries)
                    {
                        mismatch = Some(m);
                    }
                    self.emit(Event::Maps {
                        process: index,
                        entries,
                        smaps: true,
                        span: stmt.span,
                    });
                }
                // syntax::load unrolled every repeat.
                StmtKind::Repeat { .. } => {
                    return Err(RunError {
                        message: "a `repeat` reached the runner without being unrolled (scenarios are loaded with syntax::load)".into(),
                        span: stmt.span,
                        help: None,
                    });
                }
                StmtKind::Touch {
                    access,
                    addr,
                    len,
                    expect,
                } => {
                    let addr = self.eval(addr)?;
                    let len = self.eval_opt(len.as_deref())?.unwrap_or(1);
                    self.note_exec_rlimits(pid, index);
                    let touch = crate::engine::Syscall::Touch {
                        access: *access,
                        addr,
                        len,
                    };
                    let outcome = self.machine.syscall(pid, &touch, self.opts.explain);
                    if let Some(exp) = expect {
                        mismatch = expect::touch(exp, &outcome.result);
                    }
                    self.emit(Event::Touch {
                        process: index,
                        access: *access,
                        addr,
                        len,
                        result: outcome.result,
                        steps: outcome.steps,
                        span: stmt.span,
                    });
                }
                StmtKind::Status { expect } => {
                    let info = self.machine.status(pid);
                    if let Some(exp) = expect
                        && let Some(m) = expect::status(exp, &info)
                    {
                        mismatch = Some(m);
                    }
                    self.emit(Event::Status {
                        process: index,
                        info,
                        span: stmt.span,
                    });
                }
                StmtKind::Rlimit {
                    resource,
                    soft,
                    hard,
                } => {
                    let resource_v = self.eval(resource)?;
                    let soft_v = self.eval(soft)?;
                    let hard_v = match hard {
                        Some(h) => self.eval(h)?,
                        None => self.machine.tasks[pid]
                            .rlim
                            .get(resource_v as usize)
                            .map_or(soft_v, |r| r.max.max(soft_v)),
                    };
                    self.machine
                        .set_rlimit(pid, resource_v, soft_v, hard_v)
                        .map_err(|_| RunError {
                            message: format!("{resource_v} is not an RLIMIT_* resource"),
                            span: resource.span,
                            help: Some("use a name such as RLIMIT_STACK or RLIMIT_MEMLOCK".into()),
                        })?;
                    self.emit(Event::Rlimit {
                        process: index,
                        resource: resource_v,
                        soft: soft_v,
                        hard: hard_v,
                        span: stmt.span,
                    });
                }
            }
            if let Some(m) = mismatch {
                self.failed(m);
            }
        }
        Ok(())
    }
}
