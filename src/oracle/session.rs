//! The host side of one scenario: the namespace holder (the init of the
//! oracle's PID namespace, which built the world in its mount namespace)
//! and the probes that joined them. Dropping a session kills them all; as
//! every file, mount and process of the scenario lives in those namespaces,
//! that is the whole clean-up, and it also happens when mmrun itself is
//! killed (the holder has SIGKILL as its parent-death signal).

use super::Reason;
use super::probe::{Identity, Namespaces, Probe};
use super::sys;
use super::world::WorldSpec;
use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::os::fd::{AsFd, OwnedFd};

/// Why a session could not start.
pub enum StartError {
    /// This scenario's machine cannot be built here (the reason says why).
    NotRunnable(Reason),
    /// The oracle failed.
    Failed(String),
}

pub struct Session {
    place: Place,
    pub probes: Vec<Probe>,
}

/// Where the scenario's world is.
enum Place {
    /// On the host: the namespaces of a holder process.
    Host {
        holder: libc::pid_t,
        /// The holder's stdin: it holds the namespaces until this closes.
        holder_stdin: Option<File>,
        mnt_ns: OwnedFd,
        pid_ns: OwnedFd,
        ipc_ns: OwnedFd,
    },
    /// In a VM: a directory the probes chroot into (`vm::guest_tree`).
    Chroot {
        root: OwnedFd,
        dir: std::path::PathBuf,
    },
}

/// How long building a world may take (mkfs.ext4 and mounts: ~20 ms).
const BUILD_TIMEOUT_MS: i32 = 20_000;

impl Session {
    pub fn start(spec: &WorldSpec) -> Result<Session, StartError> {
        let fail = |what: &'static str| {
            move |e: std::io::Error| StartError::Failed(format!("{what}: {e}"))
        };
        let exe = File::open("/proc/self/exe").map_err(fail("mmrun's own executable"))?;
        let (in_r, in_w) = sys::pipe().map_err(fail("pipe"))?;
        let (out_r, out_w) = sys::pipe().map_err(fail("pipe"))?;
        let pid = sys::spawn_namespace_init(exe.as_fd(), &[c"mmrun", c"__oracle-ns"], in_r, out_w)
            .map_err(fail("starting the namespace holder"))?;
        let mut stdin = File::from(in_w);
        // From here on, dropping `guard` kills the holder.
        let guard = HolderGuard(pid);
        let line = serde_json::to_string(spec).map_err(|e| StartError::Failed(e.to_string()))?;
        writeln!(stdin, "{line}").map_err(fail("talking to the namespace holder"))?;
        match sys::wait_readable(out_r.as_fd(), BUILD_TIMEOUT_MS) {
            Ok(true) => {}
            Ok(false) => {
                return Err(StartError::Failed(
                    "the namespace holder did not answer".into(),
                ));
            }
            Err(_) => return Err(StartError::Failed("interrupted".into())),
        }
        let mut answer = String::new();
        let _ = BufReader::new(File::from(out_r)).read_line(&mut answer);
        let answer = answer.trim();
        if let Some(why) = answer.strip_prefix("unbuildable: ") {
            return Err(StartError::NotRunnable(Reason::machine(format!(
                "its machine cannot exist on a real system: {why}"
            ))));
        }
        if let Some(why) = answer.strip_prefix("environment: ") {
            return Err(StartError::NotRunnable(Reason::environment(
                why.to_string(),
            )));
        }
        if answer != "ready" {
            return Err(StartError::Failed(format!(
                "building the machine: {}",
                answer
                    .strip_prefix("error: ")
                    .unwrap_or(if answer.is_empty() {
                        "the namespace holder died"
                    } else {
                        answer
                    })
            )));
        }
        let ns = |kind: &str| {
            File::open(format!("/proc/{pid}/ns/{kind}"))
                .map(OwnedFd::from)
                .map_err(|e| StartError::Failed(format!("the holder's {kind} namespace: {e}")))
        };
        let (mnt_ns, pid_ns, ipc_ns) = (ns("mnt")?, ns("pid")?, ns("ipc")?);
        std::mem::forget(guard);
        Ok(Session {
            place: Place::Host {
                holder: pid,
                holder_stdin: Some(stdin),
                mnt_ns,
                pid_ns,
                ipc_ns,
            },
            probes: Vec::new(),
        })
    }

    /// In a VM: the world built under `dir` (`vm::guest_tree::build`), which
    /// the probes chroot into; dropping the session unmounts it.
    pub fn in_directory(dir: std::path::PathBuf) -> Result<Session, StartError> {
        let root = File::open(&dir)
            .map(OwnedFd::from)
            .map_err(|e| StartError::Failed(format!("{}: {e}", dir.display())))?;
        Ok(Session {
            place: Place::Chroot { root, dir },
            probes: Vec::new(),
        })
    }

    /// Exec a probe for a scenario process; its index in `probes`.
    pub fn spawn(&mut self, who: &Identity) -> Result<usize, String> {
        let ns = match &self.place {
            Place::Host {
                mnt_ns,
                pid_ns,
                ipc_ns,
                ..
            } => Namespaces::Host {
                mnt: mnt_ns,
                pid: pid_ns,
                ipc: ipc_ns,
            },
            Place::Chroot { root, dir } => Namespaces::Chroot(root, dir),
        };
        let probe = Probe::spawn(&ns, who)?;
        self.probes.push(probe);
        Ok(self.probes.len() - 1)
    }
}

/// Kills and reaps the holder unless forgotten.
struct HolderGuard(libc::pid_t);

impl Drop for HolderGuard {
    fn drop(&mut self) {
        sys::kill(self.0, libc::SIGKILL);
        sys::waitpid(self.0, true);
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.probes.clear();
        match &mut self.place {
            Place::Host {
                holder,
                holder_stdin,
                ..
            } => {
                drop(holder_stdin.take());
                // The holder's PID namespace dies with it (the kernel kills
                // every process in it), and the mount namespace with the last
                // reference (ours go right after).
                sys::kill(*holder, libc::SIGKILL);
                sys::waitpid(*holder, true);
            }
            Place::Chroot { dir, .. } => super::vm::guest_tree::remove(dir),
        }
    }
}
