//! A process: credentials, rlimits, personality, descriptors and its mm.

use super::fs::FileId;
use super::machine::Kernel;
use super::mm::Mm;
use crate::uapi::{self, RLIM_INFINITY, RLIM_NLIMITS};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rlimit {
    pub cur: u64,
    pub max: u64,
}

/// The limits a process of `kernel` starts with: the boot defaults
/// (INIT_RLIMITS, include/asm-generic/resource.h:10-28 in 4.12, the same
/// table in 6.18) for the limits mm reads: RLIMIT_STACK 8M/inf (_STK_LIM),
/// RLIMIT_MEMLOCK MLOCK_LIMIT/MLOCK_LIMIT (64K in 4.12, 8M in 6.18: the
/// profile's `mlock_limit`); everything else here unlimited.
pub fn default_rlimits(kernel: Kernel) -> [Rlimit; RLIM_NLIMITS] {
    let mut r = [Rlimit {
        cur: RLIM_INFINITY,
        max: RLIM_INFINITY,
    }; RLIM_NLIMITS];
    r[uapi::RLIMIT_STACK as usize].cur = 8 << 20;
    let memlock = kernel.profile().mlock_limit;
    r[uapi::RLIMIT_MEMLOCK as usize] = Rlimit {
        cur: memlock,
        max: memlock,
    };
    r
}

/// Every capability bit up to CAP_LAST_CAP.
pub const ALL_CAPS: u64 = (1u64 << (uapi::CAP_LAST_CAP + 1)) - 1;

#[derive(Clone, Debug)]
pub struct Task {
    pub name: String,
    pub pid: u32,
    pub uid: u32,
    pub gid: u32,
    /// Effective capability set, one bit per CAP_* number.
    pub caps: u64,
    pub rlim: [Rlimit; RLIM_NLIMITS],
    pub personality: u64,
    /// The descriptor table: index = fd.
    pub fds: Vec<Option<FileId>>,
    pub mm: Mm,
    /// Whether the layout has been picked (the process "exec'd"): happens at
    /// its first system call, so `rlimit` statements before it shape the layout.
    pub execd: bool,
    /// The capabilities `capable()` was asked about during the current call:
    /// what the answer depended on (the host oracle cannot reproduce an
    /// answer that depends on a capability its machine withholds).
    pub consulted: std::cell::Cell<u64>,
}

impl Task {
    /// capable(cap) (kernel/capability.c): whether the task has the
    /// capability; the question is recorded in `consulted`.
    pub fn capable(&self, cap: u32) -> bool {
        self.consulted.set(self.consulted.get() | 1u64 << cap);
        self.caps & (1u64 << cap) != 0
    }
    pub fn rlimit(&self, resource: u64) -> u64 {
        self.rlim[resource as usize].cur
    }
    pub fn rlimit_max(&self, resource: u64) -> u64 {
        self.rlim[resource as usize].max
    }
    pub fn fd_file(&self, fd: u64) -> Option<FileId> {
        // fget takes an unsigned int: only the low 32 bits count.
        let fd = fd as u32 as usize;
        self.fds.get(fd).copied().flatten()
    }
    /// The lowest free descriptor: what get_unused_fd_flags (__alloc_fd,
    /// fs/file.c:505-512) would hand out.
    pub fn lowest_free_fd(&self) -> u64 {
        self.fds
            .iter()
            .position(|f| f.is_none())
            .unwrap_or(self.fds.len()) as u64
    }
    /// Install a file at the lowest free descriptor.
    /// The size of the descriptor table (fdt->max_fds): NR_OPEN_DEFAULT (64)
    /// until a descriptor beyond it is handed out, then what alloc_fdtable
    /// (fs/file.c:104-157) grows it to for the highest one, in steps of 128
    /// doubling, at most fs.nr_open. Descriptors are only ever handed out
    /// lowest first, so the highest is the table's last slot.
    pub fn max_fds(&self) -> u64 {
        const NR_OPEN_DEFAULT: u64 = 64;
        const PER_KB: u64 = 1024 / 8;
        const NR_OPEN: u64 = 1 << 20;
        match self.fds.len() as u64 {
            n if n <= NR_OPEN_DEFAULT => NR_OPEN_DEFAULT,
            n => ((n - 1) / PER_KB + 1)
                .next_power_of_two()
                .saturating_mul(PER_KB)
                .min(NR_OPEN),
        }
    }
    pub fn install_fd(&mut self, file: FileId) -> u64 {
        match self.fds.iter().position(|f| f.is_none()) {
            Some(i) => {
                self.fds[i] = Some(file);
                i as u64
            }
            None => {
                self.fds.push(Some(file));
                (self.fds.len() - 1) as u64
            }
        }
    }
}
