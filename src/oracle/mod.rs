//! `mmrun --oracle host`: run each scenario for real on the running kernel
//! and compare it, call by call, with the model's 6.18 profile.
//!
//! This layer does I/O; the engine stays pure. Per scenario:
//! 1. the model runs the scenario (6.18 profile, whatever the header says);
//! 2. declarations that need global state (`memory`, sysctls other than the
//!    host's) make it *not portable*: it is reported, never run;
//! 3. a holder process (`mmrun __oracle-ns`) builds the machine in a private
//!    mount namespace under a temporary root (tmpfs per `mount`, files,
//!    devices, fifos, a /proc for the probe);
//! 4. every scenario process is a fresh exec of a tiny static probe
//!    (`helper.c`, built by build.rs) with randomisation off, the process's
//!    rlimits, chroot'ed into the temporary root, with its uid/gid/caps; the
//!    parent sends it each call (arguments re-evaluated with the host's own
//!    variable values, literal model addresses translated into the host's
//!    frame) and it answers with the raw result, or its /proc/self/maps;
//! 5. results, errnos and maps tables (the scenario's own VMAs) are compared
//!    after normalisation ([`frame`]).
//!
//! Everything is undone afterwards: the probes are killed, the namespace dies
//! with the holder, FS flags are cleared and the temporary directory removed.

mod frame;
mod sys;
mod world;

use crate::engine::proc::MapsEntry;
use crate::engine::{Kernel, Refusal};
use crate::runner::{self, Event, RunOptions};
use crate::syntax::ast::{Arg, Block, Expr, ExprKind, Scenario, Span, StmtKind};
use crate::uapi;
use frame::{Frame, MapLine};
use rustc_hash::FxHashMap as HashMap;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::fd::OwnedFd;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub use frame::parse_maps;
pub use world::holder_main;

/// The probe, built by build.rs (empty when no C compiler was found).
static PROBE: &[u8] = include_bytes!(env!("MMRUN_ORACLE_HELPER"));

/// How long one call (or the world's construction) may take on the host.
const CALL_TIMEOUT: Duration = Duration::from_secs(5);

/// The x86-64 user address space's end with 4-level paging.
const TASK_SIZE: u64 = 0x7fff_ffff_f000;

/// Overcommit refusals depend on the machine's memory: without a `memory`
/// line the model assumes its default (16 GiB, no swap), which is not the
/// host's, so such a scenario is not portable.
fn overcommit_depends_on_memory(
    scenario: &crate::syntax::ast::Scenario,
    run: &crate::runner::Run,
) -> Option<String> {
    use crate::syntax::ast::MachineDecl;
    if scenario
        .machine
        .iter()
        .any(|d| matches!(d, MachineDecl::Memory { .. }))
    {
        return None;
    }
    let refused = run.events.iter().any(|e| {
        matches!(e, crate::runner::Event::Call { result: Err(r), .. } if r.check.id.ends_with("vm_enough_memory"))
    });
    refused.then(|| "an overcommit refusal under the model's default memory (16 GiB, no swap), not the host's".to_string())
}

/// [vvar] + [vvar_vclock] + [vdso]: 8 pages, which the model installs too.
const VDSO_BYTES: u64 = 8 << 12;

/// Above this, populating or locking memory on the host is refused.
const POPULATE_LIMIT: u64 = 1 << 30;

/// Whether the oracle can run here at all: root, and a probe was built.
pub fn unavailable() -> Option<&'static str> {
    if !sys::is_root() {
        Some("the host oracle needs root (mount namespaces, device nodes, credentials)")
    } else if PROBE.is_empty() {
        Some("the host oracle's probe was not built (no C compiler at build time)")
    } else {
        None
    }
}

/// How one scenario came out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Agree,
    Differ,
    NotPortable(Vec<String>),
    CannotRun(String),
}

/// One scenario's report.
#[derive(Clone, Debug)]
pub struct Report {
    pub verdict: Verdict,
    pub calls: usize,
    pub calls_differing: usize,
    pub maps: usize,
    pub maps_differing: usize,
    /// Calls not run on the host (unmodelled, or reaching the probe's own mappings).
    pub skipped: usize,
    /// The per-statement details (differences, skipped calls), rendered.
    pub details: String,
}

impl Report {
    fn simple(verdict: Verdict) -> Report {
        Report {
            verdict,
            calls: 0,
            calls_differing: 0,
            maps: 0,
            maps_differing: 0,
            skipped: 0,
            details: String::new(),
        }
    }

    /// The report as text, headed by the scenario's name.
    pub fn render(&self, name: &str) -> String {
        let head = match &self.verdict {
            Verdict::Agree => format!(
                "## {name}: host agrees with the model ({} calls, {} maps compared)",
                self.calls, self.maps
            ),
            Verdict::Differ => format!(
                "## {name}: host DIFFERS from the model ({} of {} calls, {} of {} maps)",
                self.calls_differing, self.calls, self.maps_differing, self.maps
            ),
            Verdict::NotPortable(why) => {
                format!("## {name}: not portable to this host: {}", why.join("; "))
            }
            Verdict::CannotRun(why) => format!("## {name}: could not run on the host: {why}"),
        };
        let skipped = if self.skipped > 0 {
            format!(" [{} calls not run]", self.skipped)
        } else {
            String::new()
        };
        format!("{head}{skipped}\n{}", self.details)
    }
}

/// Run one parsed scenario on the host and compare. The scenario is
/// written for the language's empty address space, so its literal addresses
/// are translated into the host's frame.
pub fn check(source: &str, scenario: &Scenario) -> Report {
    check_in(source, scenario, false)
}

/// Like [`check`], but the model gets the probe's vDSO pages and addresses
/// compare as they are: for generated scenarios, which take addresses only
/// from results, the arena or hostile values.
pub fn check_absolute(source: &str, scenario: &Scenario) -> Report {
    check_in(source, scenario, true)
}

fn check_in(source: &str, scenario: &Scenario, absolute: bool) -> Report {
    let opts = RunOptions {
        kernel: Some(Kernel::V6_18),
        explain: false,
        vmas_after_calls: true,
        vdso: absolute,
    };
    let run = match runner::run(scenario, &opts) {
        Ok(r) => r,
        Err(e) => return Report::simple(Verdict::CannotRun(format!("the model: {}", e.message))),
    };
    if let Some(why) = unavailable() {
        return Report::simple(Verdict::CannotRun(why.into()));
    }
    let mut why = unsafe_calls(&run);
    why.extend(rlimits_out_of_reach(&run));
    why.extend(overcommit_depends_on_memory(scenario, &run));
    let tmp = match make_tempdir() {
        Ok(t) => t,
        Err(e) => return Report::simple(Verdict::CannotRun(format!("temporary directory: {e}"))),
    };
    let mut session = Session::new(tmp, absolute);
    let spec = match world::describe(scenario, &session.root) {
        Ok(s) => Some(s),
        Err(mut w) => {
            why.append(&mut w);
            None
        }
    };
    if !why.is_empty() {
        return Report::simple(Verdict::NotPortable(why));
    }
    let Some(spec) = spec else {
        return Report::simple(Verdict::NotPortable(why));
    };
    if let Err(e) = session.start(&spec) {
        return Report::simple(Verdict::CannotRun(e));
    }
    let mut cmp = Comparison {
        source,
        session: &mut session,
        run: &run,
        vars: HashMap::default(),
        procs: HashMap::default(),
        report: Report::simple(Verdict::Agree),
        bounding: host_bounding_set(),
    };
    cmp.walk(scenario);
    let mut report = cmp.report;
    if report.calls_differing + report.maps_differing > 0 {
        report.verdict = Verdict::Differ;
    }
    report
}

/// Calls whose host run would populate or lock more than [`POPULATE_LIMIT`].
fn unsafe_calls(run: &runner::Run) -> Vec<String> {
    let mut why = Vec::new();
    // mlockall(MCL_CURRENT) weighs and locks every page of the process: on
    // the host that includes the probe's own, which the model does not have.
    let locks_all = run.events.iter().any(|e| {
        matches!(e, Event::Call { name: "mlockall", args, .. }
            if matches!(args.first(), Some(runner::ArgValue::Num(f)) if f & uapi::MCL_CURRENT != 0))
    });
    if locks_all {
        why.push(
            "mlockall(MCL_CURRENT) would also weigh and lock the probe's own pages".to_string(),
        );
    }
    let mut future: HashMap<usize, bool> = HashMap::default();
    for ev in &run.events {
        let Event::Call {
            process,
            name,
            args,
            result,
            vmas,
            ..
        } = ev
        else {
            continue;
        };
        let n = |i: usize| match args.get(i) {
            Some(runner::ArgValue::Num(v)) => *v,
            _ => 0,
        };
        let locked_future = future.get(process).copied().unwrap_or(false);
        let size = match *name {
            "mmap" if n(3) & (uapi::MAP_POPULATE | uapi::MAP_LOCKED) != 0 || locked_future => n(1),
            "mremap" if locked_future => n(2),
            "mlock" | "mlock2" => n(1),
            "mlockall" => {
                if result.is_ok() {
                    future.insert(*process, n(0) & uapi::MCL_FUTURE != 0);
                }
                vmas.as_ref()
                    .map_or(0, |v| v.iter().map(|e| e.end - e.start).sum())
            }
            "munlockall" => {
                future.insert(*process, false);
                0
            }
            _ => 0,
        };
        if size > POPULATE_LIMIT {
            why.push(format!(
                "`{name}` would populate or lock {size:#x} bytes on the host"
            ));
        }
    }
    why
}

/// The host's capability bounding set (a container may withhold some).
fn host_bounding_set() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("CapBnd:"))
                .and_then(|v| u64::from_str_radix(v.trim(), 16).ok())
        })
        .unwrap_or(crate::engine::task::ALL_CAPS)
}

/// `rlimit` statements whose hard limit the host cannot grant: above the
/// oracle's own hard limit while the host withholds CAP_SYS_RESOURCE.
fn rlimits_out_of_reach(run: &runner::Run) -> Vec<String> {
    if host_bounding_set() & (1 << uapi::CAP_SYS_RESOURCE) != 0 {
        return Vec::new();
    }
    let mut why = Vec::new();
    for ev in &run.events {
        if let Event::Rlimit { resource, hard, .. } = ev {
            let mut cur = libc::rlimit64 {
                rlim_cur: 0,
                rlim_max: 0,
            };
            // SAFETY: getrlimit64 writes one rlimit64 into `cur`.
            let ok = unsafe { libc::getrlimit64(*resource as _, &mut cur) } == 0;
            if ok && *hard > cur.rlim_max {
                why.push(format!(
                    "rlimit {} hard {:#x} is above the host's {:#x} and the host withholds CAP_SYS_RESOURCE",
                    crate::report::strace::resource_name(*resource),
                    hard,
                    cur.rlim_max
                ));
            }
        }
    }
    why
}

fn make_tempdir() -> std::io::Result<PathBuf> {
    let base = std::env::temp_dir();
    for i in 0..100u32 {
        let p = base.join(format!("mmrun-oracle-{}-{i}", std::process::id()));
        match std::fs::create_dir(&p) {
            Ok(()) => return Ok(p),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("no free name"))
}

/// The host side of one scenario: the temporary directory, the holder of the
/// mount namespace, the probes. Dropping it undoes everything.
struct Session {
    /// The model has the probe's vDSO pages (RunOptions::vdso): addresses
    /// compare as they are. Otherwise the model's empty address space is
    /// the host's shifted by the special mappings (frame.rs).
    absolute: bool,
    tmp: PathBuf,
    root: PathBuf,
    probe: PathBuf,
    holder: Option<Child>,
    ns: Option<File>,
    flagged: Vec<PathBuf>,
    probes: Vec<Probe>,
}

/// One scenario process on the host.
struct Probe {
    /// As Session::absolute.
    absolute: bool,
    child: Child,
    cmd: File,
    reply: File,
    baseline: Vec<MapLine>,
    frame: Frame,
    /// The probe's own VmSize and VmData at start, in bytes: RLIMIT_AS and
    /// RLIMIT_DATA are raised by them, so that the scenario's mappings meet
    /// the limits as they do in the model's empty address space.
    base_vm: u64,
    base_data: u64,
    /// Why it stopped answering, once it has.
    dead: Option<String>,
}

impl Session {
    fn new(tmp: PathBuf, absolute: bool) -> Session {
        Session {
            absolute,
            root: tmp.join("root"),
            probe: tmp.join("probe"),
            tmp,
            holder: None,
            ns: None,
            flagged: Vec::new(),
            probes: Vec::new(),
        }
    }

    fn start(&mut self, spec: &world::WorldSpec) -> Result<(), String> {
        use std::os::unix::fs::PermissionsExt;
        std::fs::create_dir(&self.root).map_err(|e| format!("temporary root: {e}"))?;
        std::fs::set_permissions(&self.root, std::fs::Permissions::from_mode(0o755))
            .and_then(|_| std::fs::write(&self.probe, PROBE))
            .and_then(|_| {
                std::fs::set_permissions(&self.probe, std::fs::Permissions::from_mode(0o755))
            })
            .map_err(|e| format!("temporary root: {e}"))?;
        self.flagged = world::flagged(spec);
        let exe = std::env::current_exe().map_err(|e| format!("mmrun's own path: {e}"))?;
        let mut holder = Command::new(exe)
            .arg("__oracle-ns")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("starting the namespace holder: {e}"))?;
        let line = serde_json::to_string(spec).map_err(|e| e.to_string())?;
        let stdin = holder.stdin.as_mut().ok_or("holder without stdin")?;
        let sent = writeln!(stdin, "{line}").and_then(|_| stdin.flush());
        let stdout = holder.stdout.take().ok_or("holder without stdout")?;
        let pid = holder.id();
        self.holder = Some(holder);
        sent.map_err(|e| format!("talking to the namespace holder: {e}"))?;
        if !sys::wait_readable(&stdout, CALL_TIMEOUT.as_millis() as i32).unwrap_or(false) {
            return Err("the namespace holder did not answer".into());
        }
        let mut answer = String::new();
        let _ = BufReader::new(stdout).read_line(&mut answer);
        if answer.trim() != "ready" {
            return Err(format!("building the machine: {}", answer.trim()));
        }
        self.ns = Some(
            File::open(format!("/proc/{pid}/ns/mnt"))
                .map_err(|e| format!("the holder's namespace: {e}"))?,
        );
        Ok(())
    }

    /// Exec a probe for a scenario process.
    fn spawn(
        &mut self,
        uid: u32,
        gid: u32,
        caps: u64,
        rlimits: Vec<(u32, u64, u64)>,
    ) -> Result<usize, String> {
        let ns = self.ns.as_ref().ok_or("no namespace")?;
        let e = |what: &str| {
            let what = what.to_string();
            move |err: std::io::Error| format!("{what}: {err}")
        };
        let (cmd_r, cmd_w) = sys::pipe().map_err(e("pipe"))?;
        let (reply_r, reply_w) = sys::pipe().map_err(e("pipe"))?;
        let plan = sys::ExecPlan {
            ns: OwnedFd::from(ns.try_clone().map_err(e("dup"))?),
            root: sys::cstr(&self.root).map_err(e("root"))?,
            helper: OwnedFd::from(File::open(&self.probe).map_err(e("probe"))?),
            cmd: cmd_r,
            reply: reply_w,
            rlimits,
            uid,
            gid,
            caps,
        };
        let mut command = Command::new("mmrun-oracle-probe");
        command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // SAFETY: exec_probe makes only async-signal-safe system calls and
        // allocates nothing; mmrun is single-threaded when it forks.
        unsafe {
            command.pre_exec(move || sys::exec_probe(&plan));
        }
        let child = command.spawn().map_err(e("exec of the probe"))?;
        // `command` still holds the plan (and our copies of the child's pipe
        // ends): drop it so EOF is seen if the probe dies.
        drop(command);
        let mut probe = Probe {
            absolute: self.absolute,
            child,
            cmd: File::from(cmd_w),
            reply: File::from(reply_r),
            baseline: Vec::new(),
            frame: Frame {
                start: 0,
                end: 0,
                legacy: false,
            },
            base_vm: 0,
            base_data: 0,
            dead: None,
        };
        let status = std::fs::read_to_string(format!("/proc/{}/status", probe.child.id()))
            .unwrap_or_default();
        let kb = |field: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(field))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
                .unwrap_or(0)
                << 10
        };
        probe.base_vm = kb("VmSize:");
        probe.base_data = kb("VmData:");
        let text = probe.maps()?;
        probe.baseline = frame::parse_maps(&text);
        let frame = Frame::from_baseline(&probe.baseline)
            .ok_or("the probe's address space has no [vdso] to normalise against")?;
        probe.frame = if self.absolute {
            frame.absolute()
        } else {
            frame
        };
        self.probes.push(probe);
        Ok(self.probes.len() - 1)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        for p in &mut self.probes {
            let _ = p.cmd.write_all(&[3u64.to_ne_bytes(), [0; 8]].concat());
            let _ = p.child.kill();
            let _ = p.child.wait();
        }
        if let Some(mut h) = self.holder.take() {
            drop(h.stdin.take());
            let deadline = Instant::now() + CALL_TIMEOUT;
            loop {
                match h.try_wait() {
                    Ok(Some(_)) | Err(_) => break,
                    Ok(None) if Instant::now() > deadline => {
                        let _ = h.kill();
                        let _ = h.wait();
                        break;
                    }
                    Ok(None) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        }
        world::clear_flags(&self.flagged);
        let _ = std::fs::remove_dir_all(&self.tmp);
    }
}

impl Probe {
    /// A limit value the scenario gives, in the probe's terms.
    fn limit(&self, resource: u64, v: u64) -> u64 {
        let base = match resource {
            // The model has the vDSO pages too (RunOptions::vdso): only the
            // probe's other mappings are extra.
            uapi::RLIMIT_AS if self.absolute => self.base_vm.saturating_sub(VDSO_BYTES),
            uapi::RLIMIT_AS => self.base_vm,
            uapi::RLIMIT_DATA => self.base_data,
            _ => 0,
        };
        // 0 stays 0: may_expand_vm's Valgrind workaround tests for it.
        if v == libc::RLIM_INFINITY || v == 0 {
            v
        } else {
            v.saturating_add(base).min(libc::RLIM_INFINITY - 1)
        }
    }

    /// prlimit64(0, resource, {soft, hard}, NULL) in the probe itself.
    fn set_limit(&mut self, resource: u64, soft: u64, hard: u64) -> Result<i64, String> {
        let blob: Vec<u8> = [self.limit(resource, soft), self.limit(resource, hard)]
            .iter()
            .flat_map(|v| v.to_ne_bytes())
            .collect();
        self.syscall(
            libc::SYS_prlimit64 as u64,
            [0, resource, 0, 0, 0, 0],
            &[(2, blob)],
        )
    }

    /// The probe's own mapping (or the stack's guard gap) an address-taking
    /// call would reach: such calls would crash the probe or meet mappings
    /// the model does not have.
    fn collides(&self, name: &str, a: &[u64; 6]) -> Option<String> {
        const GUARD_GAP: u64 = 256 << 12;
        let ranges: Vec<(u64, u64)> = match name {
            "mmap" | "munmap" | "mprotect" | "pkey_mprotect" | "mlock" | "mlock2" | "munlock" => {
                vec![(a[0], a[1])]
            }
            "mremap" => {
                // Growing in place (no MREMAP_MAYMOVE) reaches past the old end.
                let grows = if a[3] & uapi::MREMAP_MAYMOVE == 0 {
                    a[1].max(a[2])
                } else {
                    a[1]
                };
                let mut v = vec![(a[0], grows)];
                if a[3] & uapi::MREMAP_FIXED != 0 {
                    v.push((a[4], a[2]));
                }
                v
            }
            _ => return None,
        };
        for (start, len) in ranges {
            // mlock and munlock round an unaligned start down instead of refusing it.
            let (start, len) = if name.contains("lock") {
                (start & !4095, len.saturating_add(start & 4095))
            } else {
                (start, len)
            };
            // Unaligned starts and ranges past TASK_SIZE are refused before
            // anything changes: the kernel's answer is safe to ask for.
            if len == 0
                || (name == "mmap" && start == 0)
                || start % 4096 != 0
                || start.checked_add(len).is_none_or(|e| e > TASK_SIZE)
            {
                continue;
            }
            let end = start.saturating_add(len);
            // With absolute addresses the vDSO pages are the model's too
            // (RunOptions::vdso): calls reaching them run on both sides.
            let own = self.baseline.iter().filter(|b| {
                !self.absolute
                    || !matches!(
                        b.name.as_deref(),
                        Some("[vvar]" | "[vvar_vclock]" | "[vdso]")
                    )
            });
            for b in own {
                let lo = if b.name.as_deref() == Some("[stack]") {
                    b.start.saturating_sub(GUARD_GAP)
                } else {
                    b.start
                };
                if start < b.end && end > lo {
                    return Some(b.name.clone().unwrap_or_else(|| "mapping".into()));
                }
            }
        }
        None
    }

    fn read_exact(&mut self, buf: &mut [u8]) -> Result<(), String> {
        let deadline = Instant::now() + CALL_TIMEOUT;
        let mut done = 0;
        while done < buf.len() {
            let left = deadline.saturating_duration_since(Instant::now());
            if !sys::wait_readable(&self.reply, left.as_millis() as i32).unwrap_or(false) {
                let _ = self.child.kill();
                let _ = self.child.wait();
                return Err(format!(
                    "no answer within {} s (the call blocked; the probe was killed)",
                    CALL_TIMEOUT.as_secs()
                ));
            }
            match self.reply.read(&mut buf[done..]) {
                Ok(0) | Err(_) => {
                    let status = self.child.wait().map(|s| s.to_string());
                    return Err(format!(
                        "the probe died ({})",
                        status.unwrap_or_else(|e| e.to_string())
                    ));
                }
                Ok(n) => done += n,
            }
        }
        Ok(())
    }

    fn send(&mut self, words: &[u64], blobs: &[(usize, Vec<u8>)]) -> Result<(), String> {
        let mut msg: Vec<u8> = words.iter().flat_map(|w| w.to_ne_bytes()).collect();
        for (idx, bytes) in blobs {
            msg.extend((*idx as u64).to_ne_bytes());
            msg.extend((bytes.len() as u64).to_ne_bytes());
            msg.extend(bytes);
        }
        self.cmd
            .write_all(&msg)
            .map_err(|e| format!("the probe went away: {e}"))
    }

    fn maps(&mut self) -> Result<String, String> {
        self.send(&[2, 0, 0, 0, 0, 0, 0, 0, 0], &[])?;
        let mut text = Vec::new();
        loop {
            let mut len = [0u8; 8];
            self.read_exact(&mut len)?;
            let len = u64::from_ne_bytes(len).min(1 << 20) as usize;
            if len == 0 {
                break;
            }
            let at = text.len();
            text.resize(at + len, 0);
            self.read_exact(&mut text[at..])?;
        }
        Ok(String::from_utf8_lossy(&text).into_owned())
    }

    fn syscall(&mut self, nr: u64, a: [u64; 6], blobs: &[(usize, Vec<u8>)]) -> Result<i64, String> {
        let mut words = vec![1, nr];
        words.extend(a);
        words.push(blobs.len() as u64);
        self.send(&words, blobs)?;
        let mut r = [0u8; 8];
        self.read_exact(&mut r)?;
        Ok(i64::from_ne_bytes(r))
    }
}

/// A call as the model answered it, for comparing with the host.
struct Asked<'e> {
    line: usize,
    shown: &'e str,
    process: usize,
    name: &'e str,
    model: &'e Result<u64, Refusal>,
    args: &'e [runner::ArgValue],
}

/// What the host did with a call.
enum Host {
    /// The raw return value (-errno on failure).
    Ran(i64),
    /// Not run, and why.
    Skipped(String),
}

/// Per scenario process: how it will be exec'd, and its probe once it is.
struct ProcState {
    uid: u32,
    gid: u32,
    caps: u64,
    rlimits: Vec<(u32, u64, u64)>,
    probe: Option<usize>,
    /// A call of this process was not run: its maps no longer compare.
    skipped: bool,
    /// Set once the scenario calls personality (before that, the probe's
    /// ADDR_NO_RANDOMIZE is ours, not the scenario's).
    persona_set: bool,
}

struct Comparison<'a> {
    source: &'a str,
    session: &'a mut Session,
    run: &'a runner::Run,
    /// The scenario's variables with the host's values.
    vars: HashMap<String, u64>,
    procs: HashMap<usize, ProcState>,
    report: Report,
    /// The host's capability bounding set.
    bounding: u64,
}

fn line_of(source: &str, span: Span) -> usize {
    source
        .get(..span.start)
        .map_or(0, |s| s.matches('\n').count())
        + 1
}

fn has_var(e: &Expr) -> bool {
    let mut found = false;
    e.walk(&mut |x| found |= matches!(x.kind, ExprKind::Var(_)));
    found
}

/// The argument positions that hold addresses, per call.
fn address_args(name: &str) -> &'static [usize] {
    match name {
        "mmap" | "munmap" | "mprotect" | "pkey_mprotect" | "mlock" | "mlock2" | "munlock"
        | "madvise" => &[0],
        "mremap" => &[0, 4],
        _ => &[],
    }
}

fn syscall_nr(name: &str) -> Option<u64> {
    Some(match name {
        "open" => libc::SYS_open,
        "openat" => libc::SYS_openat,
        "close" => libc::SYS_close,
        "mmap" => libc::SYS_mmap,
        "munmap" => libc::SYS_munmap,
        "mprotect" => libc::SYS_mprotect,
        "pkey_mprotect" => libc::SYS_pkey_mprotect,
        "mremap" => libc::SYS_mremap,
        "mlock" => libc::SYS_mlock,
        "mlock2" => libc::SYS_mlock2,
        "munlock" => libc::SYS_munlock,
        "mlockall" => libc::SYS_mlockall,
        "munlockall" => libc::SYS_munlockall,
        "personality" => libc::SYS_personality,
        "fcntl" => libc::SYS_fcntl,
        "setrlimit" => libc::SYS_setrlimit,
        "prlimit64" => libc::SYS_prlimit64,
        _ => return None,
    } as u64)
}

fn pad8(mut v: Vec<u8>) -> Vec<u8> {
    while !v.len().is_multiple_of(8) {
        v.push(0);
    }
    v
}

/// The host's rendering of a raw result, strace-like.
fn host_result(name: &str, r: i64) -> String {
    if (-4095..0).contains(&r) {
        let errno = (-r) as u64;
        format!(
            "-1 {} ({})",
            uapi::errno_name(errno).unwrap_or("E?"),
            uapi::errno_text(errno).unwrap_or("Unknown error")
        )
    } else if matches!(name, "mmap" | "mremap" | "personality") {
        format!("{:#x}", r as u64)
    } else {
        r.to_string()
    }
}

fn model_result(name: &str, r: &Result<u64, Refusal>) -> String {
    let text = crate::report::strace::result(name, r);
    match r {
        Ok(_) => text,
        Err(e) => format!(
            "{text} — {} [{} {}]",
            e.explain(),
            e.function(),
            e.location()
        ),
    }
}

fn map_line(e: &MapsEntry) -> MapLine {
    MapLine {
        start: e.start,
        end: e.end,
        perms: e.perms.clone(),
        offset: e.offset,
        name: e.name.clone(),
    }
}

impl Comparison<'_> {
    fn walk(&mut self, scenario: &Scenario) {
        let mut events = self.run.events.iter();
        for block in &scenario.blocks {
            for stmt in &block.stmts {
                let Some(ev) = events.next() else { return };
                match (&stmt.kind, ev) {
                    (
                        StmtKind::Call { bind, call, .. },
                        Event::Call {
                            process,
                            name,
                            args,
                            result,
                            ..
                        },
                    ) => {
                        let line = line_of(self.source, call.span);
                        let shown = crate::report::strace::call(name, args);
                        let host = self.call(block, *process, name, &call.args);
                        let asked = Asked {
                            line,
                            shown: &shown,
                            process: *process,
                            name,
                            model: result,
                            args,
                        };
                        let value = self.judge(&asked, host);
                        if let Some(b) = bind {
                            self.vars.insert(b.value.clone(), value);
                        }
                    }
                    (
                        StmtKind::Maps { .. },
                        Event::Maps {
                            process, entries, ..
                        },
                    ) => {
                        let line = line_of(self.source, stmt.span);
                        self.maps(block, line, *process, entries);
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
                    ) => self.rlimit(block, *process, *resource, *soft, *hard),
                    _ => {}
                }
            }
        }
    }

    fn state(&mut self, block: &Block, process: usize) -> &mut ProcState {
        let vars = &self.vars;
        let details = &mut self.report.details;
        let bounding = self.bounding;
        self.procs.entry(process).or_insert_with(|| {
            let ev = |e: Option<&Expr>| e.and_then(|e| e.eval(&|n| vars.get(n).copied()).ok());
            let uid = ev(block.uid.as_ref()).unwrap_or(0) as u32;
            let gid = ev(block.gid.as_ref()).map_or(uid, |g| g as u32);
            let wanted = match &block.caps {
                Some(names) => names
                    .iter()
                    .filter_map(|n| uapi::CAP_NAMES.iter().position(|c| *c == n.value))
                    .fold(0u64, |acc, bit| acc | 1 << bit),
                None if uid == 0 => crate::engine::task::ALL_CAPS,
                None => 0,
            };
            let caps = wanted & bounding;
            if caps != wanted {
                let missing: Vec<&str> = (0..=uapi::CAP_LAST_CAP)
                    .filter(|b| (wanted & !caps) & (1 << b) != 0)
                    .filter_map(|b| uapi::CAP_NAMES.get(b as usize).copied())
                    .collect();
                let _ = writeln!(
                    details,
                    "  note: process {} runs without {} (the host's bounding set lacks it)",
                    block.process.value,
                    missing.join("|")
                );
            }
            // The model's 6.18 boot limit (engine-fixes: 8 MiB, no longer 64 KiB).
            let memlock =
                crate::engine::task::default_rlimits(Kernel::V6_18)[uapi::RLIMIT_MEMLOCK as usize];
            let rlimits = vec![
                (uapi::RLIMIT_STACK as u32, 8 << 20, libc::RLIM_INFINITY),
                (uapi::RLIMIT_MEMLOCK as u32, memlock.cur, memlock.max),
                (
                    uapi::RLIMIT_AS as u32,
                    libc::RLIM_INFINITY,
                    libc::RLIM_INFINITY,
                ),
                (
                    uapi::RLIMIT_DATA as u32,
                    libc::RLIM_INFINITY,
                    libc::RLIM_INFINITY,
                ),
            ];
            ProcState {
                uid,
                gid,
                caps,
                rlimits,
                probe: None,
                skipped: false,
                persona_set: false,
            }
        })
    }

    /// The process's probe, exec'd now if it was not yet.
    fn probe(&mut self, block: &Block, process: usize) -> Result<usize, String> {
        let st = self.state(block, process);
        if let Some(p) = st.probe {
            return match &self.session.probes[p].dead {
                Some(why) => Err(format!("not run: {why}")),
                None => Ok(p),
            };
        }
        let (uid, gid, caps) = (st.uid, st.gid, st.caps);
        let is_vm = |r: u32| u64::from(r) == uapi::RLIMIT_AS || u64::from(r) == uapi::RLIMIT_DATA;
        let (later, now): (Vec<_>, Vec<_>) = st.rlimits.iter().partition(|l| is_vm(l.0));
        let p = self.session.spawn(uid, gid, caps, now)?;
        self.state(block, process).probe = Some(p);
        // RLIMIT_AS and RLIMIT_DATA do not shape the layout: they are set
        // after exec, raised by the probe's own size.
        let probe = &mut self.session.probes[p];
        for (r, soft, hard) in later {
            match probe.set_limit(u64::from(r), soft, hard) {
                Ok(0) => {}
                Ok(e) => {
                    return Err(format!(
                        "setting {}: {}",
                        crate::report::strace::resource_name(u64::from(r)),
                        host_result("", e)
                    ));
                }
                Err(e) => return Err(e),
            }
        }
        Ok(p)
    }

    fn rlimit(&mut self, block: &Block, process: usize, resource: u64, soft: u64, hard: u64) {
        let st = self.state(block, process);
        match st.probe {
            None => st.rlimits.push((resource as u32, soft, hard)),
            Some(p) => {
                let probe = &mut self.session.probes[p];
                match probe.set_limit(resource, soft, hard) {
                    Ok(0) => {}
                    Ok(e) => {
                        let _ = writeln!(
                            self.report.details,
                            "  note: rlimit after exec: the host refused: {}",
                            host_result("", e)
                        );
                    }
                    Err(e) => probe.dead = Some(e),
                }
            }
        }
    }

    /// Lower a call for the host: arguments evaluated with the host's
    /// variables; literal addresses translated into the host's frame.
    fn call(
        &mut self,
        block: &Block,
        process: usize,
        name: &str,
        args: &[Arg],
    ) -> Result<Host, String> {
        let Some(nr) = syscall_nr(name) else {
            return Ok(Host::Skipped(format!(
                "`{name}` is not modelled: not run on the host"
            )));
        };
        let p = self.probe(block, process)?;
        let frame = self.session.probes[p].frame.clone();
        let mut a = [0u64; 6];
        let mut blobs = Vec::new();
        for (i, arg) in args.iter().enumerate().take(6) {
            match arg {
                Arg::Expr(e) => {
                    let v = e
                        .eval(&|n| self.vars.get(n).copied())
                        .map_err(|e| e.to_string())?;
                    a[i] = if !has_var(e) && address_args(name).contains(&i) {
                        frame.to_host(v)
                    } else {
                        v
                    };
                }
                Arg::Str(s) => {
                    let mut bytes = s.value.as_bytes().to_vec();
                    bytes.truncate(8000);
                    bytes.push(0);
                    blobs.push((i, pad8(bytes)));
                }
                Arg::Struct(fields, _) => {
                    let get = |n: &str| -> u64 {
                        match fields.iter().find(|(f, _)| f.value == n) {
                            Some((_, Arg::Expr(e))) => {
                                e.eval(&|n| self.vars.get(n).copied()).unwrap_or(0)
                            }
                            _ => 0,
                        }
                    };
                    let bytes: Vec<u8> = if fields.iter().any(|(n, _)| n.value.starts_with("rlim_"))
                    {
                        [get("rlim_cur"), get("rlim_max")]
                            .iter()
                            .flat_map(|v| v.to_ne_bytes())
                            .collect()
                    } else {
                        // struct flock: short l_type, l_whence; off_t l_start, l_len; pid_t l_pid.
                        let mut b = Vec::with_capacity(32);
                        b.extend((get("l_type") as i16).to_ne_bytes());
                        b.extend((get("l_whence") as i16).to_ne_bytes());
                        b.extend([0u8; 4]);
                        b.extend(get("l_start").to_ne_bytes());
                        b.extend(get("l_len").to_ne_bytes());
                        b.extend((get("l_pid") as i32).to_ne_bytes());
                        b.extend([0u8; 4]);
                        b
                    };
                    blobs.push((i, bytes));
                }
            }
        }
        // prlimit64's pid: a model pid names that process's probe.
        if name == "prlimit64"
            && let Some(idx) = self
                .run
                .processes
                .iter()
                .position(|pr| u64::from(pr.pid) == a[0])
            && let Some(&pp) = self.procs.get(&idx).and_then(|s| s.probe.as_ref())
        {
            a[0] = u64::from(self.session.probes[pp].child.id());
        }
        // setrlimit/prlimit64 on RLIMIT_AS/RLIMIT_DATA: in the probe's terms.
        let limit_at = match name {
            "setrlimit" => Some((a[0], 1)),
            "prlimit64" => Some((a[1], 2)),
            _ => None,
        };
        if let Some((res, idx)) = limit_at {
            let probe = &self.session.probes[p];
            for (i, blob) in blobs.iter_mut() {
                if *i == idx && blob.len() == 16 {
                    let soft = u64::from_ne_bytes(blob[..8].try_into().unwrap_or_default());
                    let hard = u64::from_ne_bytes(blob[8..].try_into().unwrap_or_default());
                    *blob = [probe.limit(res, soft), probe.limit(res, hard)]
                        .iter()
                        .flat_map(|v| v.to_ne_bytes())
                        .collect();
                }
            }
        }
        if let Some(zone) = self.session.probes[p].collides(name, &a) {
            return Ok(Host::Skipped(format!(
                "not run: it reaches the probe's own {zone}, which the model does not have"
            )));
        }
        let mut own_persona = false;
        if name == "personality" && a[0] as u32 != u32::MAX {
            let st = self.state(block, process);
            own_persona = !st.persona_set;
            st.persona_set = true;
        }
        let probe = &mut self.session.probes[p];
        let r = probe.syscall(nr, a, &blobs);
        match r {
            Err(ref e) => probe.dead = Some(e.clone()),
            // Until the scenario sets a personality, ADDR_NO_RANDOMIZE is the
            // oracle's, not the scenario's: hide it.
            Ok(v)
                if name == "personality"
                    && v >= 0
                    && (own_persona || !self.procs[&process].persona_set) =>
            {
                return Ok(Host::Ran(v & !(uapi::ADDR_NO_RANDOMIZE as i64)));
            }
            Ok(_) => {}
        }
        r.map(Host::Ran)
    }

    /// Compare one call; returns the value the binding variable gets.
    fn judge(&mut self, asked: &Asked, host: Result<Host, String>) -> u64 {
        let Asked {
            line,
            shown,
            process,
            name,
            model,
            args,
        } = *asked;
        let host = match host {
            Ok(Host::Ran(r)) => r,
            Ok(Host::Skipped(why)) => {
                self.report.skipped += 1;
                if let Some(st) = self.procs.get_mut(&process) {
                    st.skipped = true;
                }
                let _ = writeln!(self.report.details, "  line {line}: {shown}\n    {why}");
                // Later calls use the model's value, in the host's frame.
                let frame = self
                    .procs
                    .get(&process)
                    .and_then(|s| s.probe)
                    .map(|p| self.session.probes[p].frame.clone());
                return match (model, frame) {
                    (Ok(v), Some(f)) if matches!(name, "mmap" | "mremap") => f.to_host(*v),
                    (Ok(v), _) => *v,
                    (Err(_), _) => u64::MAX,
                };
            }
            Err(why) => {
                self.report.calls += 1;
                self.report.calls_differing += 1;
                let _ = writeln!(
                    self.report.details,
                    "  line {line}: {shown}\n    model: {}\n    host:  {why}",
                    model_result(name, model)
                );
                return u64::MAX;
            }
        };
        let host_value = host;
        let st = self.procs.get(&process);
        let mmap_off = match args.get(5) {
            Some(runner::ArgValue::Num(v)) => *v,
            _ => 0,
        };
        let frame = st
            .and_then(|s| s.probe)
            .map(|p| self.session.probes[p].frame.clone());
        self.report.calls += 1;
        let agree = match (model, (-4095..0).contains(&host_value)) {
            (Err(r), true) => r.errno() == (-host_value) as u64,
            (Ok(m), false) => match (name, &frame) {
                ("mmap", Some(f)) => f.same_address(host_value as u64, *m, mmap_off),
                ("mremap", Some(f)) => f.same_address(host_value as u64, *m, 0),
                _ => *m == host_value as u64,
            },
            _ => false,
        };
        if !agree {
            self.report.calls_differing += 1;
            let _ = writeln!(
                self.report.details,
                "  line {line}: {shown}\n    model: {}\n    host:  {}{}",
                model_result(name, model),
                host_result(name, host_value),
                match (&frame, model) {
                    (Some(f), Ok(m)) if matches!(name, "mmap" | "mremap") => format!(
                        "  (the model's answer in the host's frame: {:#x})",
                        f.to_host(*m)
                    ),
                    _ => String::new(),
                }
            );
        }
        if (-4095..0).contains(&host_value) {
            u64::MAX
        } else {
            host_value as u64
        }
    }

    fn maps(&mut self, block: &Block, line: usize, process: usize, entries: &[MapsEntry]) {
        if self.procs.get(&process).is_some_and(|s| s.skipped) {
            let _ = writeln!(
                self.report.details,
                "  line {line}: maps not compared (a call of this process was not run)"
            );
            return;
        }
        self.report.maps += 1;
        let p = match self.probe(block, process) {
            Ok(p) => p,
            Err(why) => {
                self.report.maps_differing += 1;
                let _ = writeln!(self.report.details, "  line {line}: maps\n    host: {why}");
                return;
            }
        };
        let probe = &mut self.session.probes[p];
        let text = match probe.maps() {
            Ok(t) => t,
            Err(why) => {
                probe.dead = Some(why.clone());
                self.report.maps_differing += 1;
                let _ = writeln!(self.report.details, "  line {line}: maps\n    host: {why}");
                return;
            }
        };
        let host = frame::scenario_lines(&frame::parse_maps(&text), &probe.baseline);
        // The model's own vDSO pages are the baseline's, not the scenario's.
        let model: Vec<MapLine> = entries
            .iter()
            .filter(|e| {
                !matches!(
                    e.name.as_deref(),
                    Some("[vvar]" | "[vvar_vclock]" | "[vdso]")
                )
            })
            .map(map_line)
            .collect();
        let f = &probe.frame;
        let same =
            host.len() == model.len() && host.iter().zip(&model).all(|(h, m)| f.same_line(h, m));
        if !same {
            self.report.maps_differing += 1;
            let _ = writeln!(
                self.report.details,
                "  line {line}: maps differ (model lines shown in the host's frame: {})",
                f.describe()
            );
            for m in &model {
                let _ = writeln!(self.report.details, "    model: {}", f.line_to_host(m));
            }
            for h in &host {
                let _ = writeln!(self.report.details, "    host:  {h}");
            }
        }
    }
}

/// The line summing up several scenarios.
pub fn summary(reports: &[Report]) -> String {
    let count = |f: &dyn Fn(&Verdict) -> bool| reports.iter().filter(|r| f(&r.verdict)).count();
    let agree = count(&|v| *v == Verdict::Agree);
    let differ = count(&|v| *v == Verdict::Differ);
    let np = count(&|v| matches!(v, Verdict::NotPortable(_)));
    let broken = count(&|v| matches!(v, Verdict::CannotRun(_)));
    let mut reasons: Vec<String> = reports
        .iter()
        .filter_map(|r| match &r.verdict {
            Verdict::NotPortable(w) => Some(w.clone()),
            _ => None,
        })
        .flatten()
        .map(|w| {
            w.split(" = ")
                .next()
                .unwrap_or(&w)
                .split(" (")
                .next()
                .unwrap_or(&w)
                .to_string()
        })
        .collect();
    reasons.sort();
    reasons.dedup();
    let mut s = format!(
        "{} compared, {agree} agreeing, {differ} differing, {np} not portable",
        agree + differ
    );
    if !reasons.is_empty() {
        let _ = write!(s, " ({})", reasons.join("; "));
    }
    if broken > 0 {
        let _ = write!(s, ", {broken} could not run");
    }
    s
}
