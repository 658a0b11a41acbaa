//! Walking a scenario on the host beside the model's run: each call is run
//! in its process's probe with the arguments evaluated with the host's own
//! variable values, and its result compared exactly with the model's (errno
//! for errno, address for address); `maps` and `status` blocks compare the
//! scenario's share of the process. A call the host cannot run faithfully
//! (it reaches the probe's own pages, blocks, or would populate more than
//! the budget) ends the run there with the reason.

use super::host::HostFacts;
use super::lower::{PAGE, TASK_SIZE, page_align, raw_args};

/// The probe's output buffer (probe.c OUT_MAX), in entries.
const PROBE_OUT_MAX: u64 = 65536;
use super::maps::{COMPARED, MapLine, RSS};
use super::probe::{Identity, Silence};
use super::reach::reach_ranges;
use super::session::Session;
use super::{Kind, Reason, Report, Verdict, line_of, signals};
use crate::engine::Refusal;
use crate::engine::proc::{MapsEntry, StatusInfo};
use crate::report::difference::{Difference, Field, What};
use crate::runner::{ArgValue, CallId, Event, Run, value_with};
use crate::syntax::ast::{Arg, Scenario, StmtKind};
use crate::uapi::calls::ResultStyle;
use crate::uapi::{self, *};

/// The most memory one scenario may populate or lock on the host.
pub const BUDGET: u64 = 1 << 30;

/// The most time one scenario may take on the host (each call has
/// probe::CALL_TIMEOUT too).
const SCENARIO_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(300);

/// Limits the mm code weighs the scenario's mappings against: a probe
/// cannot start with a lower soft limit than the model's process.
pub const MM_LIMITS: [u64; 4] = [RLIMIT_STACK, RLIMIT_MEMLOCK, RLIMIT_AS, RLIMIT_DATA];

/// Per scenario process.
#[derive(Default)]
struct ProcState {
    probe: Option<usize>,
    /// A call ran: the process exec'd (maps/status before that need no probe).
    started: bool,
    /// Set once the scenario calls personality (before that, the probe's
    /// ADDR_NO_RANDOMIZE is the oracle's, not the scenario's).
    persona_set: bool,
    /// mlockall(MCL_FUTURE) is in force: new mappings are populated.
    mcl_future: bool,
    /// Something was locked: growing a locked mapping populates.
    locked: bool,
}

/// How a statement ended.
enum Flow {
    Go,
    /// The rest cannot run here.
    Stop(Reason),
    /// The oracle failed.
    Fail(String),
}

pub struct Comparison<'a> {
    source: &'a str,
    session: &'a mut Session,
    run: &'a Run,
    host: &'a HostFacts,
    /// The scenario's variables with the host's values, by VarId.
    vars: Vec<Option<u64>>,
    var_names: Vec<String>,
    /// The scenario's vm.max_map_count, where the oracle sets sysctls (a VM).
    max_map_count: Option<u64>,
    procs: Vec<ProcState>,
    report: Report,
    /// Bytes populated or locked so far (an upper bound).
    populated: u64,
    /// The largest SysV segment made on the host so far, page aligned:
    /// how far an shmat may reach.
    shm_max: u64,
}

impl<'a> Comparison<'a> {
    pub fn new(
        source: &'a str,
        session: &'a mut Session,
        run: &'a Run,
        host: &'a HostFacts,
    ) -> Comparison<'a> {
        Comparison {
            source,
            session,
            run,
            host,
            vars: Vec::new(),
            var_names: Vec::new(),
            max_map_count: None,
            procs: run.processes.iter().map(|_| ProcState::default()).collect(),
            report: Report::default(),
            populated: 0,
            shm_max: 0,
        }
    }

    pub fn walk(mut self, scenario: &Scenario) -> Report {
        if self.host.sysctls_settable {
            // The scenario's, or the machine's default: either way the
            // probe's own VMAs are added to it when the probe starts.
            self.max_map_count = scenario
                .declarations
                .iter()
                .find_map(|d| match d {
                    crate::syntax::decl::Decl::Sysctl {
                        sysctl: crate::uapi::Sysctl::MaxMapCount,
                        value,
                        ..
                    } => Some(*value),
                    _ => None,
                })
                .or(Some(self.host.sysctls.max_map_count));
        }
        self.vars = vec![None; scenario.vars.len()];
        self.var_names.clone_from(&scenario.vars);
        let mut events = self.run.events.iter();
        let mut end = Flow::Go;
        let deadline = std::time::Instant::now() + SCENARIO_TIMEOUT;
        'blocks: for block in &scenario.blocks {
            for stmt in &block.stmts {
                let Some(ev) = events.next() else {
                    break 'blocks;
                };
                if let Some(sig) = signals::caught() {
                    end = Flow::Fail(format!("interrupted by {}", signals::name(sig)));
                    break 'blocks;
                }
                let line = line_of(self.source, stmt.span);
                if std::time::Instant::now() > deadline {
                    end = Flow::Stop(Reason::new(
                        Kind::Time,
                        format!(
                            "line {line}: the scenario has run for {} s on the host, the most the oracle gives one",
                            SCENARIO_TIMEOUT.as_secs()
                        ),
                    ));
                    break 'blocks;
                }
                let flow = match (&stmt.kind, ev) {
                    (StmtKind::Call { bind, call, .. }, Event::Call { .. }) => {
                        let (flow, value) = self.call(line, &call.args, ev);
                        if let Some(b) = bind
                            && let Some(slot) = self.vars.get_mut(b.value.index())
                        {
                            *slot = Some(value);
                        }
                        flow
                    }
                    (
                        StmtKind::Maps { .. } | StmtKind::Smaps { .. },
                        Event::Maps {
                            process,
                            entries,
                            smaps,
                            ..
                        },
                    ) => self.maps(line, *process, entries, *smaps),
                    (StmtKind::Touch { addr, len, .. }, Event::Touch { .. }) => {
                        self.touch(line, addr, len.as_deref(), ev)
                    }
                    (StmtKind::Status { .. }, Event::Status { process, info, .. }) => {
                        self.status(line, *process, info)
                    }
                    (
                        StmtKind::Rlimit { .. },
                        Event::Rlimit {
                            process,
                            resource,
                            soft,
                            hard,
                            ..
                        },
                    ) => self.rlimit(line, *process, *resource, *soft, *hard),
                    _ => Flow::Fail("the model's run and the scenario are out of step".into()),
                };
                if !matches!(flow, Flow::Go) {
                    end = flow;
                    break 'blocks;
                }
            }
        }
        let mut report = self.report;
        let differs =
            report.calls_differing + report.maps_differing + report.statuses_differing > 0;
        report.verdict = match end {
            Flow::Fail(why) => Verdict::Failed(why),
            _ if differs => Verdict::Differ,
            Flow::Stop(why) => Verdict::NotRunnable(vec![why]),
            Flow::Go => Verdict::Agree,
        };
        report
    }

    /// The process's probe, exec'd now if it was not yet.
    fn probe(&mut self, process: usize) -> Result<usize, Flow> {
        if let Some(p) = self.procs[process].probe {
            return match &self.session.probes[p].dead {
                Some(why) => Err(Flow::Stop(Reason::new(Kind::ProbeDied, why.to_string()))),
                None => Ok(p),
            };
        }
        let info = &self.run.processes[process];
        let defaults = crate::engine::task::default_rlimits(self.run.kernel);
        let limit = |r: usize| {
            info.exec_rlimits
                .get(r)
                .copied()
                .unwrap_or((defaults[r].cur, defaults[r].max))
        };
        // Every limit is set before the exec (the stack limit shapes the
        // layout), but RLIMIT_AS and RLIMIT_DATA, which are raised by the
        // probe's own size, known only after it. Without CAP_SYS_RESOURCE a
        // probe starts at most at this machine's hard limits (runnable.rs
        // says when that matters).
        let mut at_exec = Vec::new();
        let mut after = Vec::new();
        for r in 0..RLIM_NLIMITS {
            let (soft, hard) = limit(r);
            let mut hard = if self.host.can_raise_limits() {
                hard
            } else {
                hard.min(self.host.hard[r])
            };
            if r as u64 == RLIMIT_NOFILE {
                // do_prlimit refuses more than fs.nr_open (EPERM).
                hard = hard.min(self.host.nr_open);
            }
            if r as u64 == RLIMIT_AS || r as u64 == RLIMIT_DATA {
                after.push((r as u64, soft, hard));
            } else {
                at_exec.push((r as u32, soft.min(hard), hard));
            }
        }
        let who = Identity {
            uid: info.uid,
            gid: info.gid,
            caps: info.caps & self.host.effective,
            rlimits: at_exec,
        };
        // The probe's own VMAs count against vm.max_map_count too: the
        // limit is lifted while it starts (exec maps a few), then set to the
        // scenario's plus the probe's own.
        let map_count_path = crate::uapi::Sysctl::MaxMapCount.path();
        if let Some(v) = self.max_map_count {
            let _ = std::fs::write(&map_count_path, v.max(65530).to_string());
        }
        let p = self.session.spawn(&who).map_err(Flow::Fail)?;
        if let Some(v) = self.max_map_count {
            let own = self.session.probes[p].own.lines.len() as u64;
            let _ = std::fs::write(&map_count_path, (v + own).to_string());
        }
        self.procs[process].probe = Some(p);
        for (r, soft, hard) in after {
            let probe = &mut self.session.probes[p];
            let (s, h) = (
                translate_limit(probe, r, soft),
                translate_limit(probe, r, hard),
            );
            match probe.set_limit(r, s, h) {
                Ok(0) => {}
                Ok(e) => {
                    return Err(Flow::Stop(Reason::new(
                        Kind::Rlimit,
                        format!(
                            "process {} needs {} at {soft:#x}/{hard:#x}; this machine refused it: {}",
                            info.name,
                            crate::report::strace::resource_name(r),
                            host_result(CallId::Prlimit64, e)
                        ),
                    )));
                }
                Err(s) => return Err(silence_flow(s, "setting the starting limits")),
            }
        }
        Ok(p)
    }

    /// One call: lower it with the host's values, make sure the host can run
    /// it faithfully, run it, compare. Returns the value its binding gets.
    fn call(&mut self, line: usize, written: &[Arg], ev: &Event) -> (Flow, u64) {
        let Event::Call {
            process,
            call: name,
            args: model_args,
            result: model,
            vmas,
            map_count,
            copied_out,
            ..
        } = ev
        else {
            return (Flow::Fail("not a call".into()), 0);
        };
        let (process, name) = (*process, *name);
        let shown = crate::report::strace::call(name, model_args);
        let nr = name.spec().nr;
        let p = match self.probe(process) {
            Ok(p) => p,
            Err(flow) => return (flow, 0),
        };
        self.procs[process].started = true;
        let vars = &self.vars;
        let names = &self.var_names;
        let args: Result<Vec<ArgValue>, String> = written
            .iter()
            .map(|a| {
                value_with(a, &mut |e| {
                    e.eval(&|v| vars.get(v.index()).copied().flatten())
                        .map_err(|e| e.describe(names))
                })
            })
            .collect();
        let args = match args {
            Ok(a) => a,
            Err(e) => return (Flow::Fail(e), 0),
        };
        let mut args = args;
        self.translate(name, p, &mut args);
        let (a, blobs) = raw_args(&args);
        let stop = |kind, text: String| {
            (
                Flow::Stop(Reason::new(kind, format!("line {line}: {text}"))),
                0,
            )
        };
        // Kept away from the probe's own pages: by the call's ranges on the
        // host, and by where the model puts the scenario's mappings.
        let own = &self.session.probes[p].own;
        let model_vmas = vmas.iter().flatten().map(|v| (v.start, v.end));
        // shmat at an address maps a whole segment there (SHM_RND rounds
        // down): at most the largest made so far.
        let shmat = (name == CallId::Shmat && a[1] != 0).then(|| {
            let at = a[1] & !(PAGE - 1);
            (at, at.saturating_add(self.shm_max.max(PAGE)))
        });
        if let Some((lo, hi)) = reach_ranges(name, &a)
            .into_iter()
            .chain(shmat)
            .chain(model_vmas)
            .find_map(|(s, e)| own.reached(s, e))
        {
            return stop(
                Kind::ProbePages,
                format!(
                    "`{shown}` reaches {lo:#x}-{hi:#x}, the probe's own pages (the oracle's program, which the model's empty address space does not have) and the page on each side"
                ),
            );
        }
        // Where the oracle cannot set vm.max_map_count (the host), the
        // probe's own VMAs count against it too: near the limit the answer
        // would be the probe's.
        if !self.host.sysctls_settable {
            let own = self.session.probes[p].own.lines.len() as u64;
            let max = self.host.sysctls.max_map_count;
            if map_count.saturating_add(own).saturating_add(1) >= max {
                return stop(
                    Kind::ProbePages,
                    format!(
                        "`{shown}` is made with {map_count} mappings in the model's process; the probe's own {own} would bring the host's to vm.max_map_count ({max}), which the oracle never changes"
                    ),
                );
            }
        }
        match self.fault_bound(name, &a, process, p) {
            Ok(bound) if self.populated.saturating_add(bound) > BUDGET => {
                return stop(
                    Kind::Budget,
                    format!(
                        "`{shown}` could populate or lock up to {bound:#x} bytes, past the oracle's {} MiB budget per scenario",
                        BUDGET >> 20
                    ),
                );
            }
            Ok(bound) => self.populated += bound,
            Err(e) => return (Flow::Fail(e), 0),
        }
        let mut lent = None;
        if name == CallId::Mlockall && a[0] & MCL_CURRENT != 0 {
            match self.lend_lock_limit(p) {
                Ok(l) => lent = l,
                Err(Flow::Stop(r)) => return stop(r.kind, format!("`{shown}`: {}", r.text)),
                Err(flow) => return (flow, 0),
            }
        }
        let mut own_persona = false;
        if name == CallId::Personality && a[0] as u32 != u32::MAX {
            own_persona = !self.procs[process].persona_set;
            self.procs[process].persona_set = true;
        }
        // A vector the call fills in (mincore's): the probe's own buffer,
        // read back.
        let out_arg = args
            .iter()
            .position(|v| matches!(v, ArgValue::Vector { .. }))
            .map(|i| (i, a[1].div_ceil(PAGE)));
        // Past the probe's buffer, only an answer decided before the vector
        // is looked at can be asked for: with a vector access_ok refuses,
        // which mincore checks after the start and the range.
        let early = matches!(model, Err(r) if r.check.id == crate::engine::checks::MINCORE_UNALIGNED.id
            || r.check.id == crate::engine::checks::MINCORE_RANGE.id);
        let (a, out_arg) = match out_arg {
            Some((i, n)) if n > PROBE_OUT_MAX && early => {
                let mut a = a;
                a[i] = TASK_SIZE;
                (a, None)
            }
            _ => (a, out_arg),
        };
        if let Some((_, n)) = out_arg
            && n > PROBE_OUT_MAX
        {
            return stop(
                Kind::Budget,
                format!(
                    "`{shown}` fills a vector of {n} entries; the probe's buffer holds {PROBE_OUT_MAX}"
                ),
            );
        }
        let probe = &mut self.session.probes[p];
        let called = match out_arg {
            Some((i, n)) => probe.syscall_out(nr, a, i, n as usize),
            None => probe.syscall(nr, a, &blobs).map(|r| (r, Vec::new())),
        };
        let (mut host, host_out) = match called {
            Ok(r) => r,
            Err(Silence::Blocked) => {
                return stop(
                    Kind::Time,
                    format!(
                        "`{shown}` blocks on the host (no answer in 5 s); the model answered {} and does not model blocking (FIFO opens, F_SETLKW)",
                        crate::report::strace::result(name, model)
                    ),
                );
            }
            Err(Silence::Died(how)) => {
                return stop(
                    Kind::ProbeDied,
                    format!("the probe died during `{shown}` ({how})"),
                );
            }
            Err(Silence::Interrupted) => return (Flow::Fail("interrupted".into()), 0),
        };
        // Until the scenario sets a personality, ADDR_NO_RANDOMIZE is the
        // oracle's (the language's processes start with none): hide it.
        if name == CallId::Personality
            && host >= 0
            && (own_persona || !self.procs[process].persona_set)
        {
            host &= !(ADDR_NO_RANDOMIZE as i64);
        }
        if let Some((soft, hard)) = lent {
            match self.session.probes[p].set_limit(RLIMIT_MEMLOCK, soft, hard) {
                Ok(0) => {}
                Ok(e) => return (Flow::Fail(format!("restoring RLIMIT_MEMLOCK: {e}")), 0),
                Err(s) => return (silence_flow(s, "restoring RLIMIT_MEMLOCK"), 0),
            }
        }
        if let Err(e) = self.after(name, &a, host, process, p) {
            return (Flow::Fail(e), 0);
        }
        self.judge(line, &shown, name, model, host);
        if let (Some(model_out), 0) = (copied_out, host) {
            self.judge_vector(line, &shown, model_out, &host_out);
        }
        let value = if (-4095..0).contains(&host) {
            u64::MAX
        } else {
            host as u64
        };
        (Flow::Go, value)
    }

    /// Arguments that name things differently on the two sides.
    fn translate(&self, name: CallId, p: usize, args: &mut [ArgValue]) {
        let num = |args: &[ArgValue], i: usize| args.get(i).map_or(0, ArgValue::num);
        // prlimit64's pid (a pid_t): a scenario process's model pid names
        // its probe; any other pid names no process (the PID namespace holds
        // only the holder and the probes, and none may be reached).
        if name == CallId::Prlimit64 {
            let pid = num(args, 0) as u32 as i32;
            let host = if pid == 0 {
                0
            } else {
                self.run
                    .processes
                    .iter()
                    .position(|pr| pr.pid as i32 == pid)
                    .and_then(|i| self.procs[i].probe)
                    .map_or(i32::MAX as u64, |pp| {
                        u64::from(self.session.probes[pp].ns_pid)
                    })
            };
            if let Some(a) = args.get_mut(0) {
                *a = ArgValue::Num(host);
            }
        }
        // RLIMIT_AS and RLIMIT_DATA in the probe's terms (every probe's own
        // size is the same). The resource is an unsigned int.
        let (resource, at) = match name {
            CallId::Setrlimit => (num(args, 0), 1),
            CallId::Prlimit64 => (num(args, 1), 2),
            _ => return,
        };
        let probe = &self.session.probes[p];
        if let Some(ArgValue::Rlimit { rlim_cur, rlim_max }) = args.get_mut(at) {
            let r = u64::from(resource as u32);
            *rlim_cur = translate_limit(probe, r, *rlim_cur);
            *rlim_max = translate_limit(probe, r, *rlim_max);
        }
    }

    /// After a call ran on the host: keep the probe's own pages unlocked,
    /// and track what later calls populate.
    fn after(
        &mut self,
        name: CallId,
        a: &[u64; 6],
        host: i64,
        process: usize,
        p: usize,
    ) -> Result<(), String> {
        let st = &mut self.procs[process];
        let ok = host == 0;
        match name {
            CallId::Mlockall if ok => {
                st.mcl_future = a[0] & MCL_FUTURE != 0;
                st.locked = true;
                if a[0] & MCL_CURRENT != 0 {
                    // mlockall locked the probe's pages too; the model's
                    // process has none: unlock them again.
                    let probe = &mut self.session.probes[p];
                    for l in probe.own.lines.clone() {
                        probe.on_range(libc::SYS_munlock, &l)?;
                    }
                }
            }
            CallId::Munlockall => st.mcl_future = false,
            CallId::Mlock | CallId::Mlock2 if ok => st.locked = true,
            CallId::Mmap if a[3] & MAP_LOCKED != 0 => st.locked = true,
            CallId::Shmget if host >= 0 => self.shm_max = self.shm_max.max(page_align(a[1])),
            _ => {}
        }
        Ok(())
    }

    /// How much a call may populate or lock on the host, at most.
    fn fault_bound(
        &self,
        name: CallId,
        a: &[u64; 6],
        process: usize,
        p: usize,
    ) -> Result<u64, String> {
        let st = &self.procs[process];
        let len = |v: u64| if v > TASK_SIZE { 0 } else { page_align(v) };
        Ok(match name {
            CallId::Mmap if a[3] & (MAP_POPULATE | MAP_LOCKED) != 0 || st.mcl_future => len(a[1]),
            CallId::Mremap if st.mcl_future || st.locked => len(a[2]),
            CallId::Shmat if st.mcl_future => self.shm_max,
            CallId::Mlock | CallId::Mlock2 | CallId::Mlockall => {
                // Only what is mapped can be faulted in.
                let mapped = self.session.probes[p].status()?.vm_size_kb << 10;
                if name == CallId::Mlockall {
                    mapped
                } else {
                    len(a[1]).min(mapped)
                }
            }
            _ => 0,
        })
    }

    /// mlockall(MCL_CURRENT) weighs the whole address space (total_vm)
    /// against RLIMIT_MEMLOCK, the probe's own pages included: for that
    /// call the probe's soft limit is raised by their size (a soft limit
    /// may rise to the hard one without privilege), which makes the host's
    /// comparison the model's. Returns the limits to restore after the call;
    /// Err when the hard limit leaves no room.
    fn lend_lock_limit(&mut self, p: usize) -> Result<Option<(u64, u64)>, Flow> {
        let probe = &mut self.session.probes[p];
        let (soft, hard, cap) = probe.lock_limit().map_err(Flow::Fail)?;
        // A limit of 0 refuses before any weighing (can_do_mlock), and must
        // stay 0; an unlimited one weighs nothing.
        if cap || soft == 0 || soft == RLIM_INFINITY {
            return Ok(None);
        }
        let own = probe.own.total;
        match soft.checked_add(own).filter(|&s| s <= hard) {
            Some(lent) => match probe.set_limit(RLIMIT_MEMLOCK, lent, hard) {
                Ok(0) => Ok(Some((soft, hard))),
                Ok(e) => Err(Flow::Fail(format!(
                    "raising the probe's RLIMIT_MEMLOCK: {e}"
                ))),
                Err(s) => Err(silence_flow(s, "raising the probe's RLIMIT_MEMLOCK")),
            },
            None => {
                // No room: only a problem if the probe's pages tip the answer.
                let size = probe.status().map_err(Flow::Fail)?.vm_size_kb << 10;
                let limit = soft >> 12;
                let (with, without) = ((size + own) >> 12 <= limit, size >> 12 <= limit);
                if with == without {
                    return Ok(None);
                }
                Err(Flow::Stop(Reason::new(
                    Kind::ProbePages,
                    format!(
                        "it weighs the whole address space (total_vm) against RLIMIT_MEMLOCK ({soft} bytes), which the probe's own {own} bytes would tip, and the hard limit ({hard}) leaves no room to make up for them"
                    ),
                )))
            }
        }
    }

    /// Compare one call's results.
    fn judge(
        &mut self,
        line: usize,
        shown: &str,
        name: CallId,
        model: &Result<u64, Refusal>,
        host: i64,
    ) {
        self.report.calls += 1;
        let agree = match (model, (-4095..0).contains(&host)) {
            (Err(r), true) => r.errno() == (-host) as u64,
            (Ok(m), false) => *m == host as u64,
            _ => false,
        };
        if !agree {
            self.report.calls_differing += 1;
            self.report.differences.push(Difference {
                line,
                what: What::Call {
                    call: shown.to_string(),
                    b_call: None,
                    a: crate::report::compare::outcome(name, model),
                    b: format!("= {}", host_result(name, host)),
                },
            });
        }
    }

    /// The vector both kernels filled in (mincore's), compared entry by
    /// entry by the bit mincore defines.
    fn judge_vector(
        &mut self,
        line: usize,
        shown: &str,
        model: &crate::engine::mincore::Residency,
        host: &[u8],
    ) {
        let model = model.first(host.len());
        let Some(at) = (0..host.len()).find(|&i| model.get(i).copied() != Some(host[i] & 1)) else {
            return;
        };
        let window = |v: &[u8]| {
            let from = at.saturating_sub(4);
            let to = (at + 12).min(v.len());
            let entries: Vec<String> = v[from..to].iter().map(|b| (b & 1).to_string()).collect();
            format!("entries {from}..{to}: [{}]", entries.join(", "))
        };
        self.report.calls_differing += 1;
        self.report.differences.push(Difference {
            line,
            what: What::Call {
                call: format!("{shown} (the vector differs at entry {at})"),
                b_call: None,
                a: format!("= 0, {}", window(&model)),
                b: format!("= 0, {}", window(host)),
            },
        });
    }

    /// A `read` or `write`: the same accesses in the probe, with its
    /// SIGSEGV or SIGBUS caught, judged by the signal, its code and the
    /// address that faulted.
    fn touch(
        &mut self,
        line: usize,
        addr_expr: &crate::syntax::ast::Expr,
        len_expr: Option<&crate::syntax::ast::Expr>,
        ev: &Event,
    ) -> Flow {
        let Event::Touch {
            process,
            access,
            len: model_len,
            result: model,
            ..
        } = ev
        else {
            return Flow::Fail("not a touch".into());
        };
        let p = match self.probe(*process) {
            Ok(p) => p,
            Err(flow) => return flow,
        };
        self.procs[*process].started = true;
        let vars = &self.vars;
        let eval = |e: &crate::syntax::ast::Expr| {
            e.eval(&|v| vars.get(v.index()).copied().flatten())
                .map_err(|err| err.describe(&self.var_names))
        };
        let addr = match eval(addr_expr) {
            Ok(a) => a,
            Err(e) => return Flow::Fail(e),
        };
        let len = match len_expr.map(eval).transpose() {
            Ok(l) => l.unwrap_or(*model_len),
            Err(e) => return Flow::Fail(e),
        };
        let shown = crate::report::strace::touch(*access, addr, len);
        let stop =
            |kind, text: String| Flow::Stop(Reason::new(kind, format!("line {line}: {text}")));
        // Never the probe's own pages, and never more than the budget.
        let end = addr.saturating_add(len.max(1));
        if let Some((lo, hi)) = self.session.probes[p]
            .own
            .reached(addr & !(super::lower::PAGE - 1), end)
        {
            return stop(
                Kind::ProbePages,
                format!(
                    "`{shown}` reaches {lo:#x}-{hi:#x}, the probe's own pages and the page on each side"
                ),
            );
        }
        let bound = end.saturating_sub(addr).saturating_add(super::lower::PAGE);
        if self.populated.saturating_add(bound) > BUDGET {
            return stop(
                Kind::Budget,
                format!(
                    "`{shown}` could fault in {bound:#x} bytes, past the oracle's {} MiB budget per scenario",
                    BUDGET >> 20
                ),
            );
        }
        self.populated += bound;
        if model
            .as_ref()
            .is_err_and(|r| crate::engine::fault::signal_of(r.check).is_none())
        {
            // What the model does not decide (a stack growing down).
            return stop(
                Kind::Unmodelled,
                format!(
                    "`{shown}`: {}",
                    model
                        .as_ref()
                        .err()
                        .map(|r| r.explain())
                        .unwrap_or_default()
                ),
            );
        }
        let host =
            match self.session.probes[p].touch(*access == crate::uapi::Access::Write, addr, len) {
                Ok(h) => h,
                Err(s) => return silence_flow(s, &shown),
            };
        self.report.calls += 1;
        let model_sig = model.as_ref().err().map(|r| {
            let sig = crate::engine::fault::signal_of(r.check);
            let at = r.facts.iter().find_map(|(k, v)| match (k, v) {
                (&"addr", crate::engine::Fact::Hex(a)) => Some(*a),
                _ => None,
            });
            // A signal the kernel sends itself (a general protection
            // fault) carries no address: si_addr is 0.
            let kernel_sent = matches!(
                sig,
                Some(crate::uapi::TouchOutcome::Signal {
                    code: Some(crate::uapi::SI_KERNEL),
                    ..
                })
            );
            (sig, if kernel_sent { Some(0) } else { at })
        });
        let host_outcome = host.map(|(signo, code, _)| crate::uapi::TouchOutcome::Signal {
            signo,
            code: Some(code),
        });
        let agree = match (&model_sig, host) {
            (None, None) => true,
            (Some((Some(sig), at)), Some((_, _, host_at))) => {
                Some(*sig) == host_outcome && *at == Some(host_at)
            }
            _ => false,
        };
        if !agree {
            self.report.calls_differing += 1;
            let host_text = match (host_outcome, host) {
                (Some(o), Some((_, _, at))) => format!("= {} (si_addr={at:#x})", o.show()),
                _ => "= ok".into(),
            };
            self.report.differences.push(Difference {
                line,
                what: What::Call {
                    call: shown,
                    b_call: None,
                    a: crate::report::compare::touch_outcome(model),
                    b: host_text,
                },
            });
        }
        Flow::Go
    }

    fn maps(&mut self, line: usize, process: usize, entries: &[MapsEntry], smaps: bool) -> Flow {
        let model: Vec<MapLine> = entries.iter().map(MapLine::from).collect();
        // Before the process's first call its address space is empty on
        // both sides (the probe would be exec'd with its limits then).
        let host = if self.procs[process].started {
            let p = match self.probe(process) {
                Ok(p) => p,
                Err(flow) => return flow,
            };
            let probe = &self.session.probes[p];
            match if smaps { probe.smaps() } else { probe.maps() } {
                Ok(m) => m,
                Err(e) => return Flow::Fail(e),
            }
        } else {
            Vec::new()
        };
        // The smaps figures the model does not know are not compared.
        let mut host = host;
        for h in host.iter_mut() {
            let known = model
                .iter()
                .find(|m| m.start == h.start && m.end == h.end)
                .is_some_and(|m| m.usage.is_some());
            if !known {
                h.usage = None;
            }
        }
        self.report.maps += 1;
        if host.len() != model.len() || host.iter().zip(&model).any(|(h, m)| !h.same_as(m)) {
            self.report.maps_differing += 1;
            let only = |x: &[MapLine], y: &[MapLine]| {
                let keys: std::collections::HashSet<_> = y.iter().map(MapLine::key).collect();
                x.iter()
                    .filter(|l| !keys.contains(&l.key()))
                    .map(ToString::to_string)
                    .collect()
            };
            self.report.differences.push(Difference {
                line,
                what: What::Maps {
                    a: only(&model, &host),
                    b: only(&host, &model),
                },
            });
        }
        Flow::Go
    }

    fn status(&mut self, line: usize, process: usize, model: &StatusInfo) -> Flow {
        let host = if self.procs[process].started {
            let p = match self.probe(process) {
                Ok(p) => p,
                Err(flow) => return flow,
            };
            match self.session.probes[p].status() {
                Ok(s) => s,
                Err(e) => return Flow::Fail(e),
            }
        } else {
            super::maps::status_from_proc("", 0)
        };
        self.report.statuses += 1;
        // Committed_AS is machine-wide on a host: not compared.
        let compared = |n: &str| COMPARED.contains(&n) || (self.host.rss_exact && RSS.contains(&n));
        let fields: Vec<Field> = model
            .differing(&host, compared)
            .into_iter()
            .map(|(name, a, b, kb)| Field {
                name: name.to_string(),
                a,
                b,
                kb,
            })
            .collect();
        if !fields.is_empty() {
            self.report.statuses_differing += 1;
            self.report.differences.push(Difference {
                line,
                what: What::Status { fields },
            });
        }
        Flow::Go
    }

    /// An `rlimit` line. Before the process's first call the model's exec
    /// limits already hold it; after, the probe sets it on itself.
    fn rlimit(&mut self, line: usize, process: usize, resource: u64, soft: u64, hard: u64) -> Flow {
        if !self.procs[process].started {
            return Flow::Go;
        }
        let p = match self.probe(process) {
            Ok(p) => p,
            Err(flow) => return flow,
        };
        let probe = &mut self.session.probes[p];
        let (s, h) = (
            translate_limit(probe, resource, soft),
            translate_limit(probe, resource, hard),
        );
        match probe.set_limit(resource, s, h) {
            Ok(0) => Flow::Go,
            Ok(e) => Flow::Stop(Reason::new(
                Kind::Rlimit,
                format!(
                    "line {line}: this `rlimit` line sets {} once the process runs, which the host refused ({}): only a process with CAP_SYS_RESOURCE may raise a hard limit",
                    crate::report::strace::resource_name(resource),
                    host_result(CallId::Prlimit64, e)
                ),
            )),
            Err(s) => silence_flow(s, "an rlimit line"),
        }
    }
}

/// A limit value the scenario gives, in the probe's terms: RLIMIT_AS and
/// RLIMIT_DATA are raised by the probe's own VmSize and VmData, so that the
/// scenario's mappings meet them as in the model's empty address space.
fn translate_limit(probe: &super::probe::Probe, resource: u64, v: u64) -> u64 {
    let own = match resource {
        RLIMIT_AS => probe.own.total,
        RLIMIT_DATA => probe.own.data,
        _ => 0,
    };
    // 0 stays 0: may_expand_vm's Valgrind workaround tests for it.
    if v == RLIM_INFINITY || v == 0 {
        v
    } else {
        v.saturating_add(own).min(RLIM_INFINITY - 1)
    }
}

fn silence_flow(s: Silence, during: &str) -> Flow {
    match s {
        Silence::Interrupted => Flow::Fail("interrupted".into()),
        s => Flow::Stop(Reason::new(Kind::ProbeDied, format!("{during}: {s}"))),
    }
}

/// The host's rendering of a raw result, strace-like.
fn host_result(name: CallId, r: i64) -> String {
    if (-4095..0).contains(&r) {
        let errno = (-r) as u64;
        format!(
            "-1 {} ({})",
            uapi::errno_name(errno).unwrap_or("E?"),
            uapi::errno_text(errno).unwrap_or("Unknown error")
        )
    } else if name.spec().result != ResultStyle::Dec {
        format!("{:#x}", r as u64)
    } else {
        r.to_string()
    }
}
