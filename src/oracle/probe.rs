//! One scenario process on the host: a fresh exec of the probe (`probe.c`)
//! inside the oracle's namespaces, made to hold the scenario's empty address
//! space, and the protocol that makes it run raw system calls.
//!
//! After its exec the probe's address space holds its image, [vvar],
//! [vvar_vclock], [vdso] and the initial [stack]. It runs on a stack in its
//! own bss, so the oracle unmaps the special mappings and the stack: what is
//! left is the probe's image at 0x7ffffe000000 (its *own* pages). The oracle
//! keeps every call away from them (`Own::reached`), subtracts them from
//! `status`, and leaves them out of `maps`. Addresses then compare as they
//! are: the scenario's free address space is the model's, byte for byte.

use super::maps::{MapLine, parse_maps, status_from_proc, without};
use super::sys::{self, Enter, ExecPlan};
use crate::engine::proc::StatusInfo;
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsFd, OwnedFd};

use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The probe, built by build.rs (empty when no C compiler was found).
pub static PROBE: &[u8] = include_bytes!(env!("MMRUN_ORACLE_PROBE"));

/// What the probe writes once it runs its loop ("mmrun-ok").
const HELLO: u64 = 0x6d6d_7275_6e2d_6f6b;

/// How long one call may take on the host before it counts as blocked.
pub const CALL_TIMEOUT: Duration = Duration::from_secs(5);

const PAGE: u64 = 4096;

/// The probe's image in a sealed memfd, made once per run: nothing is
/// written to any filesystem, and every probe execs the same file.
fn probe_file() -> Result<&'static OwnedFd, String> {
    static FILE: OnceLock<Result<OwnedFd, String>> = OnceLock::new();
    FILE.get_or_init(|| {
        let fd = sys::memfd(c"mmrun-probe", true).map_err(|e| format!("memfd: {e}"))?;
        let mut f = File::from(fd);
        f.write_all(PROBE)
            .map_err(|e| format!("the probe's image: {e}"))?;
        let fd = OwnedFd::from(f);
        sys::seal(fd.as_fd()).map_err(|e| format!("sealing the probe's image: {e}"))?;
        Ok(fd)
    })
    .as_ref()
    .map_err(Clone::clone)
}

/// Make the probe's image now: in a VM, before the scenario's
/// vm.memfd_noexec (which the guest's own memfd_create obeys) is set.
pub fn prepare_image() -> Result<(), String> {
    probe_file().map(drop)
}

/// Why a call got no answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Silence {
    /// No answer within CALL_TIMEOUT: the call blocks on the host.
    Blocked,
    /// The probe is gone (with how it ended).
    Died(String),
    /// A signal asked the run to end.
    Interrupted,
}

impl std::fmt::Display for Silence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Silence::Blocked => write!(
                f,
                "no answer within {} s: the call blocks on the host",
                CALL_TIMEOUT.as_secs()
            ),
            Silence::Died(how) => write!(f, "the probe died ({how})"),
            Silence::Interrupted => write!(f, "interrupted"),
        }
    }
}

/// The probe's own pages, once its special mappings and stack are gone.
#[derive(Clone, Debug)]
pub struct Own {
    pub lines: Vec<MapLine>,
    pub status: StatusInfo,
    /// Bytes of VmSize and VmData that are the probe's.
    pub total: u64,
    pub data: u64,
    /// The probe's pages widened by a page on both sides (an adjacent
    /// mapping could merge with them): no call may act there.
    pub zone: (u64, u64),
    /// The probe's start_stack and brk: /proc names an anonymous VMA
    /// holding the first `[stack]` and one around the second `[heap]`, so
    /// no scenario mapping may hold them.
    pub start_stack: u64,
    pub brk: u64,
}

impl Own {
    /// Whether a range a call acts on reaches the probe's pages.
    pub fn reached(&self, start: u64, end: u64) -> Option<(u64, u64)> {
        let (lo, hi) = self.zone;
        (start < hi && end > lo).then_some(self.zone)
    }

    /// The name /proc gives a scenario's VMA because of where the probe's
    /// start_stack and brk are (vma_is_initial_stack, vma_is_initial_heap in
    /// fs/proc/task_mmu.c get_vma_name): the model's process has neither.
    pub fn borrowed_name(&self, line: &MapLine) -> Option<&'static str> {
        let (s, e) = (line.start, line.end);
        if s < self.brk && e > self.brk {
            Some("[heap]")
        } else if s <= self.start_stack && e >= self.start_stack {
            Some("[stack]")
        } else {
            None
        }
    }
}

pub struct Probe {
    child: ProbeProcess,
    /// In a VM, the world's directory: /proc shows the probe's paths from
    /// the reader's root, under it.
    world: Option<String>,
    /// The other end of the probe's descriptors 0, 1 and 2.
    /// The far end of the probe's descriptors 0-2, kept open.
    _terminal: Option<std::os::unix::net::UnixStream>,
    /// The probe's pid inside the oracle's PID namespace.
    pub ns_pid: u32,
    cmd: File,
    reply: File,
    pub own: Own,
    /// Why it stopped answering, once it has.
    pub dead: Option<Silence>,
}

/// Who the probe is to be.
pub struct Identity {
    pub uid: u32,
    pub gid: u32,
    pub caps: u64,
    /// (resource, soft, hard) set before exec: they shape the layout.
    pub rlimits: Vec<(u32, u64, u64)>,
}

/// The namespaces a probe joins.
/// Where a probe starts: the holder's namespaces on the host, or a world
/// directory in a VM.
pub enum Namespaces<'a> {
    Host {
        mnt: &'a OwnedFd,
        pid: &'a OwnedFd,
        ipc: &'a OwnedFd,
    },
    /// The world's directory, open, and its path as this process sees it.
    Chroot(&'a OwnedFd, &'a std::path::Path),
}

/// The running kernel's last capability.
fn last_cap() -> u32 {
    std::fs::read_to_string("/proc/sys/kernel/cap_last_cap")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(crate::uapi::CAP_LAST_CAP)
}

impl Probe {
    /// Exec a probe in the namespaces and give it the empty address space.
    pub fn spawn(ns: &Namespaces, who: &Identity) -> Result<Probe, String> {
        let e = |what: &'static str| move |err: std::io::Error| format!("{what}: {err}");
        let (cmd_r, cmd_w) = sys::pipe().map_err(e("pipe"))?;
        let (reply_r, reply_w) = sys::pipe().map_err(e("pipe"))?;
        let enter = match ns {
            Namespaces::Host { mnt, ipc, .. } => Enter::Namespaces {
                mnt: mnt.try_clone().map_err(e("dup"))?,
                ipc: ipc.try_clone().map_err(e("dup"))?,
            },
            Namespaces::Chroot(dir, _) => Enter::Chroot(dir.try_clone().map_err(e("dup"))?),
        };
        let plan = ExecPlan {
            enter,
            last_cap: last_cap(),
            probe: probe_file()?.try_clone().map_err(e("dup"))?,
            cmd: cmd_r,
            reply: reply_w,
            rlimits: who.rlimits.clone(),
            uid: who.uid,
            gid: who.gid,
            caps: who.caps,
        };
        // Descriptors 0, 1 and 2: the language's processes have them open
        // read-write on a terminal (no mmap method, POSIX locks allowed).
        // One end of a socket pair behaves so, and is no host file: a lock
        // on the host's /dev/null would be seen by the host's processes.
        // In a VM (whose small kernels may have no sockets, and whose
        // /dev/null no other process sees) /dev/null serves: it has no mmap
        // method either.
        let (terminal, far_end): (OwnedFd, _) = match ns {
            Namespaces::Host { .. } => {
                let (near, far) =
                    std::os::unix::net::UnixStream::pair().map_err(e("socketpair"))?;
                (OwnedFd::from(near), Some(far))
            }
            Namespaces::Chroot(..) => (
                std::fs::OpenOptions::new()
                    .read(true)
                    .write(true)
                    .open("/dev/null")
                    .map(OwnedFd::from)
                    .map_err(e("/dev/null"))?,
                None,
            ),
        };
        // The child is created in the oracle's PID namespace on the host.
        let pid = match ns {
            Namespaces::Host { pid, .. } => {
                let _in_ns =
                    PidNsForChildren::enter(pid).map_err(e("entering the PID namespace"))?;
                sys::spawn_probe(&plan, terminal.as_fd())
            }
            Namespaces::Chroot(..) => sys::spawn_probe(&plan, terminal.as_fd()),
        }
        .map_err(e("exec of the probe"))?;
        // Our copies of the child's pipe ends go, so that EOF is seen if the
        // probe dies.
        drop(plan);
        drop(terminal);
        let mut probe = Probe {
            world: match ns {
                Namespaces::Chroot(_, path) => Some(path.display().to_string()),
                Namespaces::Host { .. } => None,
            },
            child: ProbeProcess { pid, ended: None },
            _terminal: far_end,
            ns_pid: 0,
            cmd: File::from(cmd_w),
            reply: File::from(reply_r),
            own: Own {
                lines: Vec::new(),
                status: status_from_proc("", 0),
                total: 0,
                data: 0,
                zone: (0, 0),
                start_stack: 0,
                brk: 0,
            },
            dead: None,
        };
        let mut hello = [0u8; 8];
        probe
            .read_exact(&mut hello)
            .map_err(|s| format!("the probe did not start: {s}"))?;
        if u64::from_ne_bytes(hello) != HELLO {
            return Err("the probe did not start: a wrong greeting".into());
        }
        probe.ns_pid = probe.ns_pid_from_status()?;
        probe.empty_address_space()?;
        Ok(probe)
    }

    fn proc_file(&self, name: &str) -> Result<String, String> {
        std::fs::read_to_string(format!("/proc/{}/{name}", self.child.id()))
            .map_err(|e| format!("/proc/PID/{name} of the probe: {e}"))
    }

    fn ns_pid_from_status(&self) -> Result<u32, String> {
        let status = self.proc_file("status")?;
        // A kernel without PID namespaces (the VMs' 4.12) prints no NSpid:
        // the pid is the only one.
        match super::host::field(&status, "NSpid") {
            None => Ok(self.child.id()),
            Some(v) => v
                .split_whitespace()
                .last()
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| "the probe's pid in its namespace".to_string()),
        }
    }

    /// Unmap [vvar], [vvar_vclock], [vdso] and [stack]; what is left is the
    /// probe's own.
    fn empty_address_space(&mut self) -> Result<(), String> {
        for l in self.all_maps()? {
            if matches!(
                l.name.as_deref(),
                Some("[vvar]" | "[vvar_vclock]" | "[vdso]" | "[stack]")
            ) {
                self.on_range(libc::SYS_munmap, &l)?;
            }
        }
        let lines: Vec<MapLine> = self.all_maps()?;
        let status = status_from_proc(&self.proc_file("status")?, lines.len() as u64);
        // /proc/PID/stat: start_stack is field 28, start_brk field 47
        // (counted from 1, after the parenthesised name).
        let stat = self.proc_file("stat")?;
        let after = stat.rsplit_once(')').map_or("", |(_, r)| r);
        let fields: Vec<u64> = after
            .split_whitespace()
            .map(|f| f.parse().unwrap_or(0))
            .collect();
        let at = |n: usize| fields.get(n - 3).copied().unwrap_or(0);
        let (start_stack, start_brk) = (at(28), at(47));
        let lo = lines.iter().map(|l| l.start).min().unwrap_or(0);
        let hi = lines.iter().map(|l| l.end).max().unwrap_or(0);
        self.own = Own {
            total: status.vm_size_kb << 10,
            data: status.vm_data_kb << 10,
            status,
            lines,
            zone: (lo.saturating_sub(PAGE), hi.saturating_add(PAGE)),
            start_stack,
            brk: start_brk,
        };
        Ok(())
    }

    /// Every line of the probe's maps but [vsyscall] (above TASK_SIZE, not a VMA).
    fn all_maps(&self) -> Result<Vec<MapLine>, String> {
        let text = self.proc_file("maps")?;
        Ok(parse_maps(&text)
            .into_iter()
            .filter(|l| l.name.as_deref() != Some("[vsyscall]"))
            .collect())
    }

    /// The scenario's VMAs: the maps without the probe's own lines. Paths
    /// are the world's: /proc prints them relative to the mount namespace's
    /// root, which is the world's root.
    pub fn maps(&self) -> Result<Vec<MapLine>, String> {
        self.scenario_lines(self.all_maps()?)
    }

    /// The scenario's VMAs with their VmFlags, from /proc/PID/smaps.
    pub fn smaps(&self) -> Result<Vec<MapLine>, String> {
        let text = self.proc_file("smaps")?;
        let all = super::maps::parse_smaps(&text)
            .into_iter()
            .filter(|l| l.name.as_deref() != Some("[vsyscall]"))
            .collect();
        self.scenario_lines(all)
    }

    fn scenario_lines(&self, mut all: Vec<MapLine>) -> Result<Vec<MapLine>, String> {
        all.retain(|l| !self.own.lines.contains(&l.without_flags()));
        if let Some(w) = &self.world {
            for l in &mut all {
                if let Some(name) = &mut l.name
                    && let Some(rest) = name.strip_prefix(w.as_str())
                    && rest.starts_with('/')
                {
                    *name = rest.to_string();
                }
            }
        }
        for l in &mut all {
            // An anonymous VMA holding the probe's start_stack or brk is
            // named after them; the model's would not be.
            if l.name.as_deref().is_some() && l.name.as_deref() == self.own.borrowed_name(l) {
                l.name = None;
            }
        }
        Ok(all)
    }

    /// The scenario's share of the status figures.
    pub fn status(&self) -> Result<StatusInfo, String> {
        let all = self.all_maps()?;
        let host = status_from_proc(&self.proc_file("status")?, all.len() as u64);
        let mut own = self.own.status;
        own.rss = Some(self.own_rss()?);
        Ok(without(&host, &own))
    }

    /// What the probe's own pages add to the RSS counters now, from its
    /// smaps (it is idle while read): its image is a memfd (shmem pages),
    /// the rest anonymous memory.
    fn own_rss(&self) -> Result<crate::engine::proc::Rss, String> {
        let text = self.proc_file("smaps")?;
        let mut r = crate::engine::proc::Rss::default();
        for l in super::maps::parse_smaps(&text) {
            if !self.own.lines.contains(&l.without_flags()) {
                continue;
            }
            let Some(u) = l.usage else { continue };
            let (rss, anon) = (u[1], u[3]);
            r.anon_kb += anon;
            let mapped = rss.saturating_sub(anon);
            if l.name.as_deref().is_some_and(|n| n.starts_with("/memfd:")) {
                r.shmem_kb += mapped;
            } else {
                r.file_kb += mapped;
            }
        }
        Ok(r)
    }

    /// The probe's RLIMIT_MEMLOCK (soft, hard) and whether it holds
    /// CAP_IPC_LOCK: what mlockall(MCL_CURRENT) weighs its size against.
    pub fn lock_limit(&self) -> Result<(u64, u64, bool), String> {
        let status = self.proc_file("status")?;
        let cap = super::host::field(&status, "CapEff")
            .and_then(|v| u64::from_str_radix(v, 16).ok())
            .unwrap_or(0);
        let limits = self.proc_file("limits")?;
        let values: Vec<u64> = limits
            .lines()
            .find(|l| l.starts_with("Max locked memory"))
            .map(|l| {
                l.split_whitespace()
                    .skip(3)
                    .take(2)
                    .map(|v| v.parse().unwrap_or(u64::MAX))
                    .collect()
            })
            .unwrap_or_default();
        match values[..] {
            [soft, hard] => Ok((soft, hard, cap & (1 << crate::uapi::CAP_IPC_LOCK) != 0)),
            _ => Err("the probe's RLIMIT_MEMLOCK in /proc/PID/limits".into()),
        }
    }

    fn read_exact(&mut self, buf: &mut [u8]) -> Result<(), Silence> {
        let deadline = Instant::now() + CALL_TIMEOUT;
        let mut done = 0;
        while done < buf.len() {
            let left = deadline.saturating_duration_since(Instant::now());
            match sys::wait_readable(self.reply.as_fd(), left.as_millis() as i32) {
                Ok(true) => {}
                Ok(false) => return Err(self.silenced(Silence::Blocked)),
                Err(_) => return Err(self.silenced(Silence::Interrupted)),
            }
            match self.reply.read(&mut buf[done..]) {
                Ok(0) | Err(_) => {
                    let how = self.child.wait().unwrap_or_else(|e| e);
                    return Err(self.silenced(Silence::Died(how)));
                }
                Ok(n) => done += n,
            }
        }
        Ok(())
    }

    /// The probe will not answer again: kill it (a blocked call stays blocked).
    fn silenced(&mut self, why: Silence) -> Silence {
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.dead = Some(why.clone());
        why
    }

    /// Send one command, unless the probe is already silent; a probe that
    /// cannot take it has died.
    fn send(&mut self, msg: &[u8]) -> Result<(), Silence> {
        if let Some(why) = &self.dead {
            return Err(why.clone());
        }
        if self.cmd.write_all(msg).is_err() {
            let how = self.child.wait().unwrap_or_else(|e| e);
            return Err(self.silenced(Silence::Died(how)));
        }
        Ok(())
    }

    /// Run one raw system call in the probe. `blobs` are (argument index,
    /// bytes): the argument becomes the address of a copy in the probe.
    pub fn syscall(
        &mut self,
        nr: u64,
        args: [u64; 6],
        blobs: &[(usize, Vec<u8>)],
    ) -> Result<i64, Silence> {
        let mut msg: Vec<u8> = Vec::with_capacity(80);
        for w in [1, nr].into_iter().chain(args).chain([blobs.len() as u64]) {
            msg.extend(w.to_ne_bytes());
        }
        for (idx, bytes) in blobs {
            msg.extend((*idx as u64).to_ne_bytes());
            msg.extend((bytes.len() as u64).to_ne_bytes());
            msg.extend(bytes);
        }
        self.send(&msg)?;
        let mut r = [0u8; 8];
        self.read_exact(&mut r)?;
        Ok(i64::from_ne_bytes(r))
    }

    /// Run one raw system call whose argument `idx` is an output buffer of
    /// `len` bytes in the probe (protocol op 3): the return value and, when
    /// it is 0, what the call wrote there.
    pub fn syscall_out(
        &mut self,
        nr: u64,
        args: [u64; 6],
        idx: usize,
        len: usize,
    ) -> Result<(i64, Vec<u8>), Silence> {
        let mut msg: Vec<u8> = Vec::with_capacity(72);
        let last = ((idx as u64) << 32) | len as u64;
        for w in [3, nr].into_iter().chain(args).chain([last]) {
            msg.extend(w.to_ne_bytes());
        }
        self.send(&msg)?;
        let mut r = [0u8; 8];
        self.read_exact(&mut r)?;
        let ret = i64::from_ne_bytes(r);
        let mut out = Vec::new();
        if ret == 0 {
            out = vec![0u8; len.div_ceil(8) * 8];
            self.read_exact(&mut out)?;
            out.truncate(len);
        }
        Ok((ret, out))
    }

    /// A touch in the probe (protocol op 2): loads or stores to each page
    /// of [addr, addr + len). None, or the signal, si_code and si_addr of
    /// the first access that faulted.
    pub fn touch(
        &mut self,
        store: bool,
        addr: u64,
        len: u64,
    ) -> Result<Option<(u32, i32, u64)>, Silence> {
        let mut msg: Vec<u8> = Vec::with_capacity(72);
        for w in [2, u64::from(store), addr, len, 0, 0, 0, 0, 0] {
            msg.extend(w.to_ne_bytes());
        }
        self.send(&msg)?;
        let mut r = [0u8; 24];
        self.read_exact(&mut r)?;
        let word = |i: usize| u64::from_ne_bytes(r[i * 8..i * 8 + 8].try_into().unwrap_or([0; 8]));
        Ok((word(0) != 0).then(|| (word(0) as u32, word(1) as i32, word(2))))
    }

    /// munmap or munlock (`nr`) of a line of the probe's own maps.
    pub fn on_range(&mut self, nr: libc::c_long, l: &MapLine) -> Result<(), String> {
        let r = self
            .syscall(nr as u64, [l.start, l.end - l.start, 0, 0, 0, 0], &[])
            .map_err(|s| s.to_string())?;
        if r != 0 {
            return Err(format!("system call {nr} on the probe's own {l}: {r}"));
        }
        Ok(())
    }

    /// prlimit64(0, resource, {soft, hard}, NULL) in the probe itself.
    pub fn set_limit(&mut self, resource: u64, soft: u64, hard: u64) -> Result<i64, Silence> {
        let blob: Vec<u8> = [soft, hard].iter().flat_map(|v| v.to_ne_bytes()).collect();
        self.syscall(
            libc::SYS_prlimit64 as u64,
            [0, resource, 0, 0, 0, 0],
            &[(2, blob)],
        )
    }
}

impl Drop for Probe {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A probe's process: its pid, and how it ended once reaped.
struct ProbeProcess {
    pid: libc::pid_t,
    ended: Option<String>,
}

impl ProbeProcess {
    fn id(&self) -> u32 {
        self.pid as u32
    }

    fn kill(&mut self) -> Result<(), ()> {
        if self.ended.is_none() {
            sys::kill(self.pid, libc::SIGKILL);
        }
        Ok(())
    }

    /// Reap it (once); how it ended, in words.
    fn wait(&mut self) -> Result<String, String> {
        if let Some(how) = &self.ended {
            return Ok(how.clone());
        }
        let status = sys::waitpid(self.pid, true).unwrap_or(-1);
        let how = if libc::WIFEXITED(status) {
            format!("exit status: {}", libc::WEXITSTATUS(status))
        } else if libc::WIFSIGNALED(status) {
            format!("signal: {}", libc::WTERMSIG(status))
        } else {
            format!("wait status {status}")
        };
        self.ended = Some(how.clone());
        Ok(how)
    }
}

/// While alive, children of this thread are created in another PID
/// namespace (setns(CLONE_NEWPID) changes only pid_for_children, and only
/// for the calling thread); dropping it switches back.
struct PidNsForChildren {
    own: OwnedFd,
}

impl PidNsForChildren {
    fn enter(ns: &OwnedFd) -> std::io::Result<PidNsForChildren> {
        let own = OwnedFd::from(File::open("/proc/thread-self/ns/pid")?);
        sys::setns(ns.as_fd(), libc::CLONE_NEWPID)?;
        Ok(PidNsForChildren { own })
    }
}

impl Drop for PidNsForChildren {
    fn drop(&mut self) {
        let _ = sys::setns(self.own.as_fd(), libc::CLONE_NEWPID);
    }
}
