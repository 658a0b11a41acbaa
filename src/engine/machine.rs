//! The machine: sysctls, memory figures, the VFS, the committed-memory
//! counter, and the processes. [`World`] is everything but the processes, so a
//! call can borrow its task and the world at once.

use super::fs::Vfs;
use super::mm::Mm;
use super::task::{ALL_CAPS, Task, default_rlimits};
use super::vma::PAGE_SHIFT;
use crate::uapi::Sysctl;

pub use crate::uapi::Kernel;

/// The sysctls the mm code reads (values as /proc/sys shows them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sysctls {
    pub max_map_count: u64,
    pub mmap_min_addr: u64,
    pub overcommit_memory: u64,
    pub overcommit_ratio: u64,
    pub overcommit_kbytes: u64,
    pub legacy_va_layout: u64,
    pub user_reserve_kbytes: u64,
    pub admin_reserve_kbytes: u64,
    /// The IPC namespace's SysV shared memory limits (ipc/shm.c
    /// shm_init_ns): shm_ctlmax, shm_ctlall, shm_ctlmni, shm_rmid_forced.
    pub shmmax: u64,
    pub shmall: u64,
    pub shmmni: u64,
    pub shm_rmid_forced: u64,
    /// vm.memfd_noexec of the processes' PID namespace (6.3+).
    pub memfd_noexec: u64,
}

/// What overcommit and hugetlb see of memory, in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemoryConfig {
    pub total: u64,
    /// The figure overcommit mode 0 consults (free + page cache - shmem + slab
    /// reclaimable; totalreserve_pages is taken as 0).
    pub free: u64,
    pub swap: u64,
    /// Free 2 MiB huge pages.
    pub hugepages: u64,
}

impl Default for MemoryConfig {
    fn default() -> Self {
        MemoryConfig {
            total: 16 << 30,
            free: 12 << 30,
            swap: 0,
            hugepages: 0,
        }
    }
}

impl Sysctls {
    /// The value behind a sysctl.
    pub fn slot_mut(&mut self, sysctl: Sysctl) -> &mut u64 {
        match sysctl {
            Sysctl::MaxMapCount => &mut self.max_map_count,
            Sysctl::MmapMinAddr => &mut self.mmap_min_addr,
            Sysctl::OvercommitMemory => &mut self.overcommit_memory,
            Sysctl::OvercommitRatio => &mut self.overcommit_ratio,
            Sysctl::OvercommitKbytes => &mut self.overcommit_kbytes,
            Sysctl::LegacyVaLayout => &mut self.legacy_va_layout,
            Sysctl::UserReserveKbytes => &mut self.user_reserve_kbytes,
            Sysctl::AdminReserveKbytes => &mut self.admin_reserve_kbytes,
            Sysctl::ShmMax => &mut self.shmmax,
            Sysctl::ShmAll => &mut self.shmall,
            Sysctl::ShmMni => &mut self.shmmni,
            Sysctl::ShmRmidForced => &mut self.shm_rmid_forced,
            Sysctl::MemfdNoexec => &mut self.memfd_noexec,
        }
    }

    /// Linux's defaults for a machine with `mem`: the reserves are computed at
    /// boot from free memory (init_user_reserve, mm/mmap.c:3512; init_admin_reserve, :3533).
    pub fn defaults(mem: &MemoryConfig) -> Sysctls {
        let free_kb = mem.free >> 10;
        Sysctls {
            max_map_count: 65530,
            mmap_min_addr: 4096,
            overcommit_memory: 0,
            overcommit_ratio: 50,
            overcommit_kbytes: 0,
            legacy_va_layout: 0,
            user_reserve_kbytes: (free_kb / 32).min(128 << 10),
            admin_reserve_kbytes: (free_kb / 32).min(8 << 10),
            // include/uapi/linux/shm.h: SHMMAX and SHMALL are
            // ULONG_MAX - 2^24, SHMMNI 4096 (4.12 and 6.x alike).
            shmmax: u64::MAX - (1 << 24),
            shmall: u64::MAX - (1 << 24),
            shmmni: 4096,
            shm_rmid_forced: 0,
            memfd_noexec: 0,
        }
    }
}

/// Commit charge and huge pages that files released by the current call
/// give back when it returns to user space.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FputPending {
    pub pages: u64,
    pub huge: u64,
}

impl World {
    /// The return to user space: task_work runs the deferred fputs.
    pub fn run_task_work(&mut self) {
        let FputPending { pages, huge } = std::mem::take(&mut self.fput_pending);
        self.committed = self.committed.saturating_sub(pages);
        self.huge_free += huge;
    }
}

#[derive(Clone, Debug)]
pub struct World {
    pub kernel: Kernel,
    pub sys: Sysctls,
    pub mem: MemoryConfig,
    pub vfs: Vfs,
    /// vm_committed_as, in pages.
    pub committed: u64,
    /// Free 2 MiB huge pages not yet reserved.
    pub huge_free: u64,
    /// What the files released during the current call still hold until it
    /// returns (deferred fput; `mmap::region::vma_file_put`).
    pub fput_pending: FputPending,
    /// stack_guard_gap (boot option), bytes.
    pub stack_guard_gap: u64,
    /// Next anon_vma identity.
    pub next_anon_vma: u32,
    /// Check the invariants after every call (tests, debug builds).
    pub paranoid: bool,
    /// What the current call copied out to user memory for the report
    /// (mincore's vector); taken into its `Outcome`.
    pub copied_out: Option<super::mincore::Residency>,
    /// unmap_mapping_range requests of the current call, carried out over
    /// every process's page tables when it returns.
    pub pending_unmaps: Vec<super::memory::UnmapMapping>,
    /// The CPU has protection keys and the kernel turned them on (OSPKE).
    /// The language's machine has none; the host oracle gives the model
    /// the host's.
    pub pku: bool,
    /// The CPU has LA57 (5-level paging), which 6.x kernels use.
    pub la57: bool,
    /// The IPC namespace's SysV shared memory segments (ipc/shm.c).
    pub shm: super::shm::ShmIds,
    /// Install the vDSO pages an exec of a real (static) binary places right
    /// below mmap_base: off for the empty address space the language
    /// defines; on when the model must match a real process (the host oracle).
    pub exec_vdso: bool,
}

impl World {
    pub fn profile(&self) -> &'static super::profile::Profile {
        self.kernel.profile()
    }

    /// The kernel-internal mmap_min_addr (security/min_addr.c): the sysctl,
    /// raised to CONFIG_LSM_MMAP_MIN_ADDR where one is built in.
    pub fn mmap_min_addr(&self) -> u64 {
        self.sys.mmap_min_addr.max(self.profile().lsm_mmap_min_addr)
    }

    pub fn total_pages(&self) -> u64 {
        self.mem.total >> PAGE_SHIFT
    }
}

/// Who a new process is.
#[derive(Clone, Debug)]
pub struct ProcessSpec {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
    /// Explicit capability set; None: root has all, others none.
    pub caps: Option<u64>,
}

pub type Pid = usize;

#[derive(Clone, Debug)]
pub struct Machine {
    pub world: World,
    pub tasks: Vec<Task>,
}

/// Pids are handed out from here, in creation order.
pub const FIRST_PID: u32 = 1000;

impl Machine {
    pub fn new(kernel: Kernel, sys: Sysctls, mem: MemoryConfig, vfs: Vfs) -> Machine {
        Machine {
            world: World {
                kernel,
                sys,
                mem,
                vfs,
                committed: 0,
                huge_free: mem.hugepages,
                fput_pending: FputPending::default(),
                stack_guard_gap: 256 << PAGE_SHIFT,
                next_anon_vma: 1,
                paranoid: cfg!(debug_assertions),
                copied_out: None,
                pending_unmaps: Vec::new(),
                exec_vdso: false,
                pku: false,
                shm: Default::default(),
                la57: false,
            },
            tasks: Vec::new(),
        }
    }

    /// A machine with every default: 4.12, default sysctls and memory, an empty `/`.
    pub fn default_412() -> Machine {
        let mem = MemoryConfig::default();
        Machine::new(Kernel::V4_12, Sysctls::defaults(&mem), mem, Vfs::new())
    }

    /// Create a process: fds 0-2 on a terminal, default rlimits, no personality.
    /// Its layout is picked at its first system call.
    pub fn spawn(&mut self, spec: &ProcessSpec) -> Pid {
        let tty = self
            .world
            .vfs
            .add_internal_object("/dev/pts/0", super::fs::InodeKind::Tty, 0, 0);
        let tty_file = self.world.vfs.open_file(
            tty,
            super::fs::FMODE_READ | super::fs::FMODE_WRITE,
            crate::uapi::O_RDWR,
        );
        let caps = spec
            .caps
            .unwrap_or(if spec.uid == 0 { ALL_CAPS } else { 0 });
        let pid = FIRST_PID + self.tasks.len() as u32;
        self.tasks.push(Task {
            name: spec.name.clone(),
            pid,
            uid: spec.uid,
            gid: spec.gid,
            caps,
            rlim: default_rlimits(self.world.kernel),
            personality: 0,
            fds: vec![Some(tty_file); 3],
            mm: Mm::default(),
            execd: false,
            consulted: std::cell::Cell::new(0),
        });
        self.tasks.len() - 1
    }

    pub fn find(&self, name: &str) -> Option<Pid> {
        self.tasks.iter().position(|t| t.name == name)
    }
}
