//! Linux x86-64 user-API constants: the values of every name a scenario may use.
//!
//! This module is a leaf shared by the syntax layer (which resolves names to
//! values) and the engine (which interprets the values). The values are those
//! of the uapi headers vendored under tests/uapi/ (mman, fcntl, errno,
//! capability, personality, resource, fs), and tests/uapi_headers.rs holds
//! the name table to every name they define for the language's calls. A
//! name is listed here whether or not the modelled kernel understands it.

// --- the machine a scenario declares ------------------------------------------

/// What a `mount` line's options say: read by the engine's mounts and the
/// oracles' alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MountOptions {
    pub ro: bool,
    pub noexec: bool,
    pub nosuid: bool,
    pub nodev: bool,
    pub mand: bool,
    /// hugetlbfs's huge page size.
    pub pagesize: u64,
}

impl MountOptions {
    /// rw, exec, suid, dev, 2 MiB huge pages.
    pub const DEFAULT: MountOptions = MountOptions {
        ro: false,
        noexec: false,
        nosuid: false,
        nodev: false,
        mand: false,
        pagesize: 2 << 20,
    };
}

/// A /proc/sys setting a scenario may set (`sysctl vm.max_map_count = 100`):
/// the vm.* ones mm reads, and the SysV shared-memory limits (kernel.shm*),
/// which belong to the IPC namespace (ipc/ipc_sysctl.c).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Sysctl {
    MaxMapCount,
    MmapMinAddr,
    OvercommitMemory,
    OvercommitRatio,
    OvercommitKbytes,
    LegacyVaLayout,
    UserReserveKbytes,
    AdminReserveKbytes,
    /// kernel.shmmax: the largest segment shmget creates, in bytes.
    ShmMax,
    /// kernel.shmall: the pages all segments of the namespace may hold.
    ShmAll,
    /// kernel.shmmni: how many segments the namespace may hold.
    ShmMni,
    /// kernel.shm_rmid_forced: a segment goes with its last detach even
    /// without IPC_RMID.
    ShmRmidForced,
    /// vm.memfd_noexec (6.3+): what memfd_create without MFD_EXEC or
    /// MFD_NOEXEC_SEAL does (0: exec, 1: noexec, 2: only noexec); it
    /// belongs to the PID namespace, which may raise it, never lower it.
    MemfdNoexec,
}

/// The names of [`Sysctl`], in its order, as sysctl(8) spells them.
pub const SYSCTLS: [&str; 13] = [
    "vm.max_map_count",
    "vm.mmap_min_addr",
    "vm.overcommit_memory",
    "vm.overcommit_ratio",
    "vm.overcommit_kbytes",
    "vm.legacy_va_layout",
    "vm.user_reserve_kbytes",
    "vm.admin_reserve_kbytes",
    "kernel.shmmax",
    "kernel.shmall",
    "kernel.shmmni",
    "kernel.shm_rmid_forced",
    "vm.memfd_noexec",
];

impl Sysctl {
    pub const ALL: [Sysctl; 13] = [
        Sysctl::MaxMapCount,
        Sysctl::MmapMinAddr,
        Sysctl::OvercommitMemory,
        Sysctl::OvercommitRatio,
        Sysctl::OvercommitKbytes,
        Sysctl::LegacyVaLayout,
        Sysctl::UserReserveKbytes,
        Sysctl::AdminReserveKbytes,
        Sysctl::ShmMax,
        Sysctl::ShmAll,
        Sysctl::ShmMni,
        Sysctl::ShmRmidForced,
        Sysctl::MemfdNoexec,
    ];

    /// Whether the setting belongs to the IPC namespace (the oracle may
    /// set it in a namespace of its own) rather than to the whole machine.
    pub fn per_ipc_namespace(self) -> bool {
        matches!(
            self,
            Sysctl::ShmMax | Sysctl::ShmAll | Sysctl::ShmMni | Sysctl::ShmRmidForced
        )
    }

    /// Whether the setting belongs to the PID namespace (kernel/pid_sysctl.h).
    pub fn per_pid_namespace(self) -> bool {
        self == Sysctl::MemfdNoexec
    }

    /// Whether the oracle's own namespaces hold the setting, so that it
    /// may set it there without touching the machine's.
    pub fn per_namespace(self) -> bool {
        self.per_ipc_namespace() || self.per_pid_namespace()
    }

    /// `vm.max_map_count`.
    pub fn name(self) -> &'static str {
        SYSCTLS[self as usize]
    }

    /// Its file: `/proc/sys/vm/max_map_count`.
    pub fn path(self) -> String {
        format!("/proc/sys/{}", self.name().replace('.', "/"))
    }

    pub fn from_name(name: &str) -> Option<Sysctl> {
        Sysctl::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// Every field /proc/PID/smaps prints for a VMA in one of the modelled
/// kernels (fs/proc/task_mmu.c show_smap), so a `smaps { }` block may be
/// pasted from a real one.
pub const SMAPS_FIELDS: [&str; 28] = [
    "Size",
    "KernelPageSize",
    "MMUPageSize",
    "Rss",
    "Pss",
    "Pss_Dirty",
    "Pss_Anon",
    "Pss_File",
    "Pss_Shmem",
    "Shared_Clean",
    "Shared_Dirty",
    "Private_Clean",
    "Private_Dirty",
    "Referenced",
    "Anonymous",
    "KSM",
    "LazyFree",
    "AnonHugePages",
    "ShmemPmdMapped",
    "FilePmdMapped",
    "Shared_Hugetlb",
    "Private_Hugetlb",
    "Swap",
    "SwapPss",
    "Locked",
    "THPeligible",
    "ProtectionKey",
    "VmFlags",
];

/// The smaps fields the model computes, which a `smaps { }` block's
/// expectations are compared on; the others are read and left alone.
pub const SMAPS_COMPARED: [&str; 6] = ["Size", "Rss", "Pss", "Anonymous", "Locked", "VmFlags"];

/// The /proc/PID/status fields (and /proc/meminfo's Committed_AS) a
/// `status` block may state, in the order they are printed.
pub const STATUS_FIELDS: [&str; 12] = [
    "VmSize",
    "VmLck",
    "VmRSS",
    "RssAnon",
    "RssFile",
    "RssShmem",
    "VmData",
    "VmStk",
    "VmExe",
    "VmLib",
    "MapCount",
    "Committed_AS",
];

/// A filesystem type a scenario may mount.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Filesystem {
    Ext4,
    Tmpfs,
    Hugetlbfs,
}

/// The names of [`Filesystem`], in its order, as mount(8) spells them.
pub const FILESYSTEMS: [&str; 3] = ["ext4", "tmpfs", "hugetlbfs"];

impl Filesystem {
    pub const ALL: [Filesystem; 3] = [Filesystem::Ext4, Filesystem::Tmpfs, Filesystem::Hugetlbfs];

    pub fn name(self) -> &'static str {
        FILESYSTEMS[self as usize]
    }

    pub fn from_name(name: &str) -> Option<Filesystem> {
        Filesystem::ALL.into_iter().find(|f| f.name() == name)
    }
}

/// A character device a scenario may place (`device /dev/zero zero`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum DeviceKind {
    /// /dev/zero (1:5): mmap_zero.
    Zero,
    /// /dev/null (1:3): no mmap method.
    Null,
    /// Any character device without an mmap method (modelled as /dev/full, 1:7).
    NoMmap,
}

/// The names of [`DeviceKind`], in its order, as the language spells them.
pub const DEVICE_KINDS: [&str; 3] = ["zero", "null", "nommap"];

impl DeviceKind {
    pub const ALL: [DeviceKind; 3] = [DeviceKind::Zero, DeviceKind::Null, DeviceKind::NoMmap];

    pub fn name(self) -> &'static str {
        DEVICE_KINDS[self as usize]
    }

    pub fn from_name(name: &str) -> Option<DeviceKind> {
        DeviceKind::ALL.into_iter().find(|d| d.name() == name)
    }

    /// Its device number (drivers/char/mem.c's minors of major 1).
    pub fn rdev(self) -> (u32, u32) {
        match self {
            DeviceKind::Zero => (1, 5),
            DeviceKind::Null => (1, 3),
            DeviceKind::NoMmap => (1, 7),
        }
    }
}

// --- mmap protection bits -------------------------------------------------
pub const PROT_NONE: u64 = 0x0;
pub const PROT_READ: u64 = 0x1;
pub const PROT_WRITE: u64 = 0x2;
pub const PROT_EXEC: u64 = 0x4;
pub const PROT_SEM: u64 = 0x8;
pub const PROT_GROWSDOWN: u64 = 0x0100_0000;
pub const PROT_GROWSUP: u64 = 0x0200_0000;

// --- mmap flags -------------------------------------------------------------
pub const MAP_SHARED: u64 = 0x01;
pub const MAP_PRIVATE: u64 = 0x02;
pub const MAP_SHARED_VALIDATE: u64 = 0x03;
pub const MAP_TYPE: u64 = 0x0f;
pub const MAP_FIXED: u64 = 0x10;
pub const MAP_ANONYMOUS: u64 = 0x20;
pub const MAP_32BIT: u64 = 0x40;
/// x86-64, 6.6+: place the mapping above 4 GiB.
pub const MAP_ABOVE4G: u64 = 0x80;
pub const MAP_GROWSDOWN: u64 = 0x100;
pub const MAP_DENYWRITE: u64 = 0x800;
pub const MAP_EXECUTABLE: u64 = 0x1000;
pub const MAP_LOCKED: u64 = 0x2000;
pub const MAP_NORESERVE: u64 = 0x4000;
pub const MAP_POPULATE: u64 = 0x8000;
pub const MAP_NONBLOCK: u64 = 0x1_0000;
pub const MAP_STACK: u64 = 0x2_0000;
pub const MAP_HUGETLB: u64 = 0x4_0000;
pub const MAP_SYNC: u64 = 0x8_0000;
pub const MAP_FIXED_NOREPLACE: u64 = 0x10_0000;
pub const MAP_UNINITIALIZED: u64 = 0x400_0000;
pub const MAP_DROPPABLE: u64 = 0x08;
pub const MAP_FILE: u64 = 0;
pub const MAP_HUGE_SHIFT: u64 = 26;
pub const MAP_HUGE_MASK: u64 = 0x3f;

// --- mremap, mlockall ---------------------------------------------------------
pub const MREMAP_MAYMOVE: u64 = 1;
pub const MREMAP_FIXED: u64 = 2;
pub const MREMAP_DONTUNMAP: u64 = 4;
pub const MCL_CURRENT: u64 = 1;
pub const MCL_FUTURE: u64 = 2;
pub const MCL_ONFAULT: u64 = 4;

// --- prctl (the memory options) -------------------------------------------------------
pub const PR_SET_MDWE: u64 = 65;
/// PR_SET_VMA (5.17) and its one sub-option.
pub const PR_SET_VMA: u64 = 0x5356_4d41;
pub const PR_SET_VMA_ANON_NAME: u64 = 0;
pub const PR_GET_MDWE: u64 = 66;
pub const PR_MDWE_REFUSE_EXEC_GAIN: u64 = 1;
pub const PR_MDWE_NO_INHERIT: u64 = 2;

// --- touching memory: the access, and the signal that refuses it ----------------
/// A load or a store of the `read` and `write` statements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

impl Access {
    pub fn name(self) -> &'static str {
        match self {
            Access::Read => "read",
            Access::Write => "write",
        }
    }
}

pub const SIGBUS: u32 = 7;
pub const SIGSEGV: u32 = 11;
pub const SEGV_MAPERR: i32 = 1;
pub const SEGV_ACCERR: i32 = 2;
pub const SEGV_PKUERR: i32 = 4;
/// si_code of a signal the kernel sends itself (SEND_SIG_PRIV): a general
/// protection fault, such as an access to a non-canonical address.
pub const SI_KERNEL: i32 = 0x80;
pub const BUS_ADRERR: i32 = 2;

/// What a touch ends in: `ok`, or a signal with its si_code as strace names
/// them (`SIGSEGV SEGV_ACCERR`); the code may be left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TouchOutcome {
    Ok,
    Signal { signo: u32, code: Option<i32> },
}

impl TouchOutcome {
    /// `ok`, `SIGSEGV`, `SIGSEGV SEGV_MAPERR`, `SIGBUS BUS_ADRERR`.
    pub fn parse(signal: &str, code: Option<&str>) -> Option<TouchOutcome> {
        let signo = match signal {
            "ok" if code.is_none() => return Some(TouchOutcome::Ok),
            "SIGSEGV" => SIGSEGV,
            "SIGBUS" => SIGBUS,
            _ => return None,
        };
        let code = match (signo, code) {
            (_, None) => None,
            (SIGSEGV, Some("SEGV_MAPERR")) => Some(SEGV_MAPERR),
            (SIGSEGV, Some("SEGV_ACCERR")) => Some(SEGV_ACCERR),
            (SIGSEGV, Some("SEGV_PKUERR")) => Some(SEGV_PKUERR),
            (SIGSEGV, Some("SI_KERNEL")) => Some(SI_KERNEL),
            (SIGBUS, Some("BUS_ADRERR")) => Some(BUS_ADRERR),
            _ => return None,
        };
        Some(TouchOutcome::Signal { signo, code })
    }

    /// As the transcript prints it.
    pub fn show(self) -> String {
        match self {
            TouchOutcome::Ok => "ok".into(),
            TouchOutcome::Signal { signo, code } => {
                let sig = if signo == SIGBUS { "SIGBUS" } else { "SIGSEGV" };
                match (signo, code) {
                    (_, None) => sig.into(),
                    (SIGSEGV, Some(SEGV_MAPERR)) => format!("{sig} SEGV_MAPERR"),
                    (SIGSEGV, Some(SEGV_ACCERR)) => format!("{sig} SEGV_ACCERR"),
                    (SIGSEGV, Some(SEGV_PKUERR)) => format!("{sig} SEGV_PKUERR"),
                    (SIGSEGV, Some(SI_KERNEL)) => format!("{sig} SI_KERNEL"),
                    (SIGBUS, Some(BUS_ADRERR)) => format!("{sig} BUS_ADRERR"),
                    (_, Some(c)) => format!("{sig} {c}"),
                }
            }
        }
    }

    /// Whether `self`, as expected, holds for `got`.
    pub fn holds_for(self, got: TouchOutcome) -> bool {
        match (self, got) {
            (TouchOutcome::Ok, TouchOutcome::Ok) => true,
            (
                TouchOutcome::Signal { signo, code },
                TouchOutcome::Signal {
                    signo: s2,
                    code: c2,
                },
            ) => signo == s2 && (code.is_none() || code == c2),
            _ => false,
        }
    }
}

// --- memfd_create (include/uapi/linux/memfd.h) -----------------------------------
pub const MFD_CLOEXEC: u64 = 0x1;
pub const MFD_ALLOW_SEALING: u64 = 0x2;
pub const MFD_HUGETLB: u64 = 0x4;
pub const MFD_NOEXEC_SEAL: u64 = 0x8;
pub const MFD_EXEC: u64 = 0x10;
pub const MFD_HUGE_SHIFT: u64 = 26;
pub const MFD_HUGE_MASK: u64 = 0x3f;
pub const MFD_HUGE_2MB: u64 = 21 << MFD_HUGE_SHIFT;
pub const MFD_HUGE_1GB: u64 = 30 << MFD_HUGE_SHIFT;

// --- SysV shared memory (include/uapi/linux/ipc.h, shm.h) ---------------------------
/// shmget's key that always makes a new segment.
pub const IPC_PRIVATE: u64 = 0;
pub const IPC_CREAT: u64 = 0o1000;
pub const IPC_EXCL: u64 = 0o2000;
pub const IPC_NOWAIT: u64 = 0o4000;
/// shmget: huge pages, and their size as log2 at SHM_HUGE_SHIFT.
pub const SHM_HUGETLB: u64 = 0o4000;
pub const SHM_NORESERVE: u64 = 0o10000;
pub const SHM_HUGE_SHIFT: u64 = 26;
pub const SHM_HUGE_MASK: u64 = 0x3f;
pub const SHM_HUGE_2MB: u64 = 21 << SHM_HUGE_SHIFT;
pub const SHM_HUGE_1GB: u64 = 30 << SHM_HUGE_SHIFT;
/// shmat's flags.
pub const SHM_RDONLY: u64 = 0o10000;
pub const SHM_RND: u64 = 0o20000;
pub const SHM_REMAP: u64 = 0o40000;
pub const SHM_EXEC: u64 = 0o100000;
/// shmctl's commands.
pub const IPC_RMID: u64 = 0;
pub const IPC_SET: u64 = 1;
pub const IPC_STAT: u64 = 2;
pub const IPC_INFO: u64 = 3;
pub const SHM_LOCK: u64 = 11;
pub const SHM_UNLOCK: u64 = 12;
pub const SHM_STAT: u64 = 13;
pub const SHM_INFO: u64 = 14;
pub const SHM_STAT_ANY: u64 = 15;
/// The flag a 64-bit layout request adds to a command (x86-64 never needs it).
pub const IPC_64: u64 = 0x100;

// --- msync ------------------------------------------------------------------------
pub const MS_ASYNC: u64 = 1;
pub const MS_INVALIDATE: u64 = 2;
pub const MS_SYNC: u64 = 4;

// --- open flags (octal, as the uapi header writes them) -------------------------
pub const O_ACCMODE: u64 = 0o3;
pub const O_RDONLY: u64 = 0o0;
pub const O_WRONLY: u64 = 0o1;
pub const O_RDWR: u64 = 0o2;
pub const O_CREAT: u64 = 0o100;
pub const O_EXCL: u64 = 0o200;
pub const O_NOCTTY: u64 = 0o400;
pub const O_TRUNC: u64 = 0o1000;
pub const O_APPEND: u64 = 0o2000;
pub const O_NONBLOCK: u64 = 0o4000;
pub const O_DSYNC: u64 = 0o10000;
pub const O_DIRECT: u64 = 0o40000;
pub const O_LARGEFILE: u64 = 0o100000;
pub const O_DIRECTORY: u64 = 0o200000;
pub const O_NOFOLLOW: u64 = 0o400000;
pub const O_NOATIME: u64 = 0o1000000;
pub const O_CLOEXEC: u64 = 0o2000000;
pub const O_SYNC: u64 = 0o4010000;
pub const O_PATH: u64 = 0o10000000;
pub const O_TMPFILE: u64 = 0o20200000;
/// The bits behind O_SYNC and O_TMPFILE; strace prints `__O_TMPFILE` for
/// the bit without O_DIRECTORY.
pub const __O_SYNC: u64 = 0o4000000;
pub const __O_TMPFILE: u64 = 0o20000000;
/// Linux 7.x (after 6.18, whose open ignores the bit and openat2 refuses it).
pub const O_EMPTYPATH: u64 = 1 << 26;
pub const FASYNC: u64 = 0o20000;
pub const AT_FDCWD: u64 = (-100i64) as u64;

// --- fcntl ------------------------------------------------------------------------
pub const F_GETLK: u64 = 5;
pub const F_SETLK: u64 = 6;
pub const F_SETLKW: u64 = 7;
pub const F_RDLCK: u64 = 0;
pub const F_WRLCK: u64 = 1;
pub const F_UNLCK: u64 = 2;
pub const SEEK_SET: u64 = 0;
pub const SEEK_CUR: u64 = 1;
pub const SEEK_END: u64 = 2;

// fcntl commands and arguments beyond the locks (include/uapi/asm-generic/fcntl.h,
// include/uapi/linux/fcntl.h): the model answers them EINVAL.
pub const F_SETOWN: u64 = 8;
pub const F_GETOWN: u64 = 9;
pub const F_SETSIG: u64 = 10;
pub const F_GETSIG: u64 = 11;
pub const F_SETOWN_EX: u64 = 15;
pub const F_GETOWN_EX: u64 = 16;
pub const F_GETOWNER_UIDS: u64 = 17;
pub const F_OWNER_TID: u64 = 0;
pub const F_OWNER_PID: u64 = 1;
pub const F_OWNER_PGRP: u64 = 2;
pub const F_EXLCK: u64 = 4;
pub const F_SHLCK: u64 = 8;
pub const F_LINUX_SPECIFIC_BASE: u64 = 1024;
pub const F_SETLEASE: u64 = F_LINUX_SPECIFIC_BASE;
pub const F_GETLEASE: u64 = F_LINUX_SPECIFIC_BASE + 1;
pub const F_NOTIFY: u64 = F_LINUX_SPECIFIC_BASE + 2;
pub const F_DUPFD_QUERY: u64 = F_LINUX_SPECIFIC_BASE + 3;
pub const F_CREATED_QUERY: u64 = F_LINUX_SPECIFIC_BASE + 4;
pub const F_CANCELLK: u64 = F_LINUX_SPECIFIC_BASE + 5;
pub const F_SETPIPE_SZ: u64 = F_LINUX_SPECIFIC_BASE + 7;
pub const F_GETPIPE_SZ: u64 = F_LINUX_SPECIFIC_BASE + 8;
pub const F_ADD_SEALS: u64 = F_LINUX_SPECIFIC_BASE + 9;
pub const F_GET_SEALS: u64 = F_LINUX_SPECIFIC_BASE + 10;
pub const F_GET_RW_HINT: u64 = F_LINUX_SPECIFIC_BASE + 11;
pub const F_SET_RW_HINT: u64 = F_LINUX_SPECIFIC_BASE + 12;
pub const F_GET_FILE_RW_HINT: u64 = F_LINUX_SPECIFIC_BASE + 13;
pub const F_SET_FILE_RW_HINT: u64 = F_LINUX_SPECIFIC_BASE + 14;
/// Linux 7.x (after 6.18, which answers these commands EINVAL).
pub const F_GETDELEG: u64 = F_LINUX_SPECIFIC_BASE + 15;
pub const F_SETDELEG: u64 = F_LINUX_SPECIFIC_BASE + 16;
pub const F_SEAL_SEAL: u64 = 0x01;
pub const F_SEAL_SHRINK: u64 = 0x02;
pub const F_SEAL_GROW: u64 = 0x04;
pub const F_SEAL_WRITE: u64 = 0x08;
pub const F_SEAL_FUTURE_WRITE: u64 = 0x10;
pub const F_SEAL_EXEC: u64 = 0x20;
pub const RWH_WRITE_LIFE_NOT_SET: u64 = 0;
pub const RWH_WRITE_LIFE_NONE: u64 = 1;
pub const RWH_WRITE_LIFE_SHORT: u64 = 2;
pub const RWH_WRITE_LIFE_MEDIUM: u64 = 3;
pub const RWH_WRITE_LIFE_LONG: u64 = 4;
pub const RWH_WRITE_LIFE_EXTREME: u64 = 5;
pub const DN_ACCESS: u64 = 0x01;
pub const DN_MODIFY: u64 = 0x02;
pub const DN_CREATE: u64 = 0x04;
pub const DN_DELETE: u64 = 0x08;
pub const DN_RENAME: u64 = 0x10;
pub const DN_ATTRIB: u64 = 0x20;
pub const DN_MULTISHOT: u64 = 0x8000_0000;
pub const SEEK_DATA: u64 = 3;
pub const SEEK_HOLE: u64 = 4;
pub const SEEK_MAX: u64 = SEEK_HOLE;

// --- rlimits ------------------------------------------------------------------------
pub const RLIMIT_CPU: u64 = 0;
pub const RLIMIT_FSIZE: u64 = 1;
pub const RLIMIT_DATA: u64 = 2;
pub const RLIMIT_STACK: u64 = 3;
pub const RLIMIT_CORE: u64 = 4;
pub const RLIMIT_RSS: u64 = 5;
pub const RLIMIT_NPROC: u64 = 6;
pub const RLIMIT_NOFILE: u64 = 7;
pub const RLIMIT_MEMLOCK: u64 = 8;
pub const RLIMIT_AS: u64 = 9;
pub const RLIMIT_LOCKS: u64 = 10;
pub const RLIMIT_SIGPENDING: u64 = 11;
pub const RLIMIT_MSGQUEUE: u64 = 12;
pub const RLIMIT_NICE: u64 = 13;
pub const RLIMIT_RTPRIO: u64 = 14;
pub const RLIMIT_RTTIME: u64 = 15;
pub const RLIM_NLIMITS: usize = 16;
pub const RLIM_INFINITY: u64 = u64::MAX;

// --- personality ------------------------------------------------------------------------
pub const PER_LINUX: u64 = 0;
pub const UNAME26: u64 = 0x002_0000;
pub const ADDR_NO_RANDOMIZE: u64 = 0x004_0000;
pub const FDPIC_FUNCPTRS: u64 = 0x008_0000;
pub const MMAP_PAGE_ZERO: u64 = 0x010_0000;
pub const ADDR_COMPAT_LAYOUT: u64 = 0x020_0000;
pub const READ_IMPLIES_EXEC: u64 = 0x040_0000;
pub const ADDR_LIMIT_32BIT: u64 = 0x080_0000;
pub const SHORT_INODE: u64 = 0x100_0000;
pub const WHOLE_SECONDS: u64 = 0x200_0000;
pub const STICKY_TIMEOUTS: u64 = 0x400_0000;
pub const ADDR_LIMIT_3GB: u64 = 0x800_0000;
/// Flags cleared when a set-id program runs (include/uapi/linux/personality.h).
pub const PER_CLEAR_ON_SETID: u64 =
    READ_IMPLIES_EXEC | ADDR_NO_RANDOMIZE | ADDR_COMPAT_LAYOUT | MMAP_PAGE_ZERO;

// --- capabilities (bit numbers) ----------------------------------------------------------
pub const CAP_CHOWN: u32 = 0;
pub const CAP_DAC_OVERRIDE: u32 = 1;
pub const CAP_DAC_READ_SEARCH: u32 = 2;
pub const CAP_FOWNER: u32 = 3;
pub const CAP_FSETID: u32 = 4;
pub const CAP_KILL: u32 = 5;
pub const CAP_SETGID: u32 = 6;
pub const CAP_SETUID: u32 = 7;
pub const CAP_SETPCAP: u32 = 8;
pub const CAP_LINUX_IMMUTABLE: u32 = 9;
pub const CAP_NET_BIND_SERVICE: u32 = 10;
pub const CAP_NET_BROADCAST: u32 = 11;
pub const CAP_NET_ADMIN: u32 = 12;
pub const CAP_NET_RAW: u32 = 13;
pub const CAP_IPC_LOCK: u32 = 14;
pub const CAP_IPC_OWNER: u32 = 15;
pub const CAP_SYS_MODULE: u32 = 16;
pub const CAP_SYS_RAWIO: u32 = 17;
pub const CAP_SYS_CHROOT: u32 = 18;
pub const CAP_SYS_PTRACE: u32 = 19;
pub const CAP_SYS_PACCT: u32 = 20;
pub const CAP_SYS_ADMIN: u32 = 21;
pub const CAP_SYS_BOOT: u32 = 22;
pub const CAP_SYS_NICE: u32 = 23;
pub const CAP_SYS_RESOURCE: u32 = 24;
pub const CAP_SYS_TIME: u32 = 25;
pub const CAP_SYS_TTY_CONFIG: u32 = 26;
pub const CAP_MKNOD: u32 = 27;
pub const CAP_LEASE: u32 = 28;
pub const CAP_AUDIT_WRITE: u32 = 29;
pub const CAP_AUDIT_CONTROL: u32 = 30;
pub const CAP_SETFCAP: u32 = 31;
pub const CAP_MAC_OVERRIDE: u32 = 32;
pub const CAP_MAC_ADMIN: u32 = 33;
pub const CAP_SYSLOG: u32 = 34;
pub const CAP_WAKE_ALARM: u32 = 35;
pub const CAP_BLOCK_SUSPEND: u32 = 36;
pub const CAP_AUDIT_READ: u32 = 37;
pub const CAP_PERFMON: u32 = 38;
pub const CAP_BPF: u32 = 39;
pub const CAP_CHECKPOINT_RESTORE: u32 = 40;
pub const CAP_LAST_CAP: u32 = 40;

/// Capability names, indexed by bit number.
pub const CAP_NAMES: [&str; 41] = [
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_DAC_READ_SEARCH",
    "CAP_FOWNER",
    "CAP_FSETID",
    "CAP_KILL",
    "CAP_SETGID",
    "CAP_SETUID",
    "CAP_SETPCAP",
    "CAP_LINUX_IMMUTABLE",
    "CAP_NET_BIND_SERVICE",
    "CAP_NET_BROADCAST",
    "CAP_NET_ADMIN",
    "CAP_NET_RAW",
    "CAP_IPC_LOCK",
    "CAP_IPC_OWNER",
    "CAP_SYS_MODULE",
    "CAP_SYS_RAWIO",
    "CAP_SYS_CHROOT",
    "CAP_SYS_PTRACE",
    "CAP_SYS_PACCT",
    "CAP_SYS_ADMIN",
    "CAP_SYS_BOOT",
    "CAP_SYS_NICE",
    "CAP_SYS_RESOURCE",
    "CAP_SYS_TIME",
    "CAP_SYS_TTY_CONFIG",
    "CAP_MKNOD",
    "CAP_LEASE",
    "CAP_AUDIT_WRITE",
    "CAP_AUDIT_CONTROL",
    "CAP_SETFCAP",
    "CAP_MAC_OVERRIDE",
    "CAP_MAC_ADMIN",
    "CAP_SYSLOG",
    "CAP_WAKE_ALARM",
    "CAP_BLOCK_SUSPEND",
    "CAP_AUDIT_READ",
    "CAP_PERFMON",
    "CAP_BPF",
    "CAP_CHECKPOINT_RESTORE",
];

pub mod calls;

/// The kernels mmrun models, by the version a scenario's `kernel` header
/// names: the one list the language, the engine's profiles and the
/// oracles read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Kernel {
    #[serde(rename = "4.12")]
    V4_12,
    /// Debian 12's LTS kernel.
    #[serde(rename = "6.1")]
    V6_1,
    /// Debian 13's LTS kernel.
    #[serde(rename = "6.12")]
    V6_12,
    #[serde(rename = "6.18")]
    V6_18,
}

impl Kernel {
    pub const ALL: [Kernel; 4] = [Kernel::V4_12, Kernel::V6_1, Kernel::V6_12, Kernel::V6_18];
    /// The names, in order, for diagnostics.
    pub const NAMES: [&'static str; 4] = ["4.12", "6.1", "6.12", "6.18"];

    pub fn parse(s: &str) -> Option<Kernel> {
        match s {
            "4.12" => Some(Kernel::V4_12),
            "6.1" => Some(Kernel::V6_1),
            "6.12" => Some(Kernel::V6_12),
            "6.18" => Some(Kernel::V6_18),
            _ => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Kernel::V4_12 => "4.12",
            Kernel::V6_1 => "6.1",
            Kernel::V6_12 => "6.12",
            Kernel::V6_18 => "6.18",
        }
    }
}

mod errno;
pub use errno::{ERRNOS, errno_name, errno_text, errno_value};

pub const EPERM: u64 = 1;
pub const ENOENT: u64 = 2;
pub const ESRCH: u64 = 3;
pub const EBADF: u64 = 9;
pub const EAGAIN: u64 = 11;
pub const ENOMEM: u64 = 12;
pub const EACCES: u64 = 13;
pub const EFAULT: u64 = 14;
pub const EBUSY: u64 = 16;
pub const EEXIST: u64 = 17;
pub const EFBIG: u64 = 27;
pub const ENODEV: u64 = 19;
pub const ENOTDIR: u64 = 20;
pub const EISDIR: u64 = 21;
pub const EINVAL: u64 = 22;
pub const EMFILE: u64 = 24;
pub const ETXTBSY: u64 = 26;
pub const ENOSPC: u64 = 28;
pub const EROFS: u64 = 30;
pub const EDEADLK: u64 = 35;
pub const ENOLCK: u64 = 37;
pub const ENOSYS: u64 = 38;
pub const EIDRM: u64 = 43;
pub const EOVERFLOW: u64 = 75;
pub const EOPNOTSUPP: u64 = 95;

// --- additions for the syntax layer's name table -------------------------------------
pub const RLIM64_INFINITY: u64 = u64::MAX;
pub const MAP_ANON: u64 = MAP_ANONYMOUS;
pub const MAP_HUGE_16KB: u64 = 14 << MAP_HUGE_SHIFT;
pub const MAP_HUGE_64KB: u64 = 16 << MAP_HUGE_SHIFT;
pub const MAP_HUGE_512KB: u64 = 19 << MAP_HUGE_SHIFT;
pub const MAP_HUGE_1MB: u64 = 20 << MAP_HUGE_SHIFT;
pub const MAP_HUGE_2MB: u64 = 21 << MAP_HUGE_SHIFT;
pub const MAP_HUGE_8MB: u64 = 23 << MAP_HUGE_SHIFT;
pub const MAP_HUGE_16MB: u64 = 24 << MAP_HUGE_SHIFT;
pub const MAP_HUGE_32MB: u64 = 25 << MAP_HUGE_SHIFT;
pub const MAP_HUGE_256MB: u64 = 28 << MAP_HUGE_SHIFT;
pub const MAP_HUGE_512MB: u64 = 29 << MAP_HUGE_SHIFT;
pub const MAP_HUGE_1GB: u64 = 30 << MAP_HUGE_SHIFT;
pub const MAP_HUGE_2GB: u64 = 31 << MAP_HUGE_SHIFT;
pub const MAP_HUGE_16GB: u64 = 34 << MAP_HUGE_SHIFT;
pub const MLOCK_ONFAULT: u64 = 1;
pub const O_NDELAY: u64 = O_NONBLOCK;
pub const O_ASYNC: u64 = 0o20000;
pub const O_RSYNC: u64 = O_SYNC;
pub const F_DUPFD: u64 = 0;
pub const F_GETFD: u64 = 1;
pub const F_SETFD: u64 = 2;
pub const F_GETFL: u64 = 3;
pub const F_SETFL: u64 = 4;
pub const F_OFD_GETLK: u64 = 36;
pub const F_OFD_SETLK: u64 = 37;
pub const F_OFD_SETLKW: u64 = 38;
pub const F_DUPFD_CLOEXEC: u64 = 1030;
pub const FD_CLOEXEC: u64 = 1;
pub const PKEY_DISABLE_ACCESS: u64 = 1;
pub const PKEY_DISABLE_WRITE: u64 = 2;
pub const PKEY_ACCESS_MASK: u64 = PKEY_DISABLE_ACCESS | PKEY_DISABLE_WRITE;
pub const PKEY_UNRESTRICTED: u64 = 0;
pub const PER_LINUX_32BIT: u64 = ADDR_LIMIT_32BIT;
pub const PER_LINUX32: u64 = 0x0008;
pub const PER_MASK: u64 = 0x00ff;
// The other personalities (include/uapi/linux/personality.h).
pub const PER_LINUX_FDPIC: u64 = FDPIC_FUNCPTRS;
pub const PER_SVR4: u64 = 0x0001 | STICKY_TIMEOUTS | MMAP_PAGE_ZERO;
pub const PER_SVR3: u64 = 0x0002 | STICKY_TIMEOUTS | SHORT_INODE;
pub const PER_SCOSVR3: u64 = 0x0003 | STICKY_TIMEOUTS | WHOLE_SECONDS | SHORT_INODE;
pub const PER_OSR5: u64 = 0x0003 | STICKY_TIMEOUTS | WHOLE_SECONDS;
pub const PER_WYSEV386: u64 = 0x0004 | STICKY_TIMEOUTS | SHORT_INODE;
pub const PER_ISCR4: u64 = 0x0005 | STICKY_TIMEOUTS;
pub const PER_BSD: u64 = 0x0006;
pub const PER_SUNOS: u64 = 0x0006 | STICKY_TIMEOUTS;
pub const PER_XENIX: u64 = 0x0007 | STICKY_TIMEOUTS | SHORT_INODE;
pub const PER_LINUX32_3GB: u64 = 0x0008 | ADDR_LIMIT_3GB;
pub const PER_IRIX32: u64 = 0x0009 | STICKY_TIMEOUTS;
pub const PER_IRIXN32: u64 = 0x000a | STICKY_TIMEOUTS;
pub const PER_IRIX64: u64 = 0x000b | STICKY_TIMEOUTS;
pub const PER_RISCOS: u64 = 0x000c;
pub const PER_SOLARIS: u64 = 0x000d | STICKY_TIMEOUTS;
pub const PER_UW7: u64 = 0x000e | STICKY_TIMEOUTS | MMAP_PAGE_ZERO;
pub const PER_OSF4: u64 = 0x000f;
pub const PER_HPUX: u64 = 0x0010;

// --- madvise advice ---------------------------------------------------------------------
pub const MADV_NORMAL: u64 = 0;
pub const MADV_RANDOM: u64 = 1;
pub const MADV_SEQUENTIAL: u64 = 2;
pub const MADV_WILLNEED: u64 = 3;
pub const MADV_DONTNEED: u64 = 4;
pub const MADV_FREE: u64 = 8;
pub const MADV_REMOVE: u64 = 9;
pub const MADV_DONTFORK: u64 = 10;
pub const MADV_DOFORK: u64 = 11;
pub const MADV_MERGEABLE: u64 = 12;
pub const MADV_UNMERGEABLE: u64 = 13;
pub const MADV_HUGEPAGE: u64 = 14;
pub const MADV_NOHUGEPAGE: u64 = 15;
pub const MADV_DONTDUMP: u64 = 16;
pub const MADV_DODUMP: u64 = 17;
pub const MADV_WIPEONFORK: u64 = 18;
pub const MADV_KEEPONFORK: u64 = 19;
pub const MADV_COLD: u64 = 20;
pub const MADV_PAGEOUT: u64 = 21;
pub const MADV_POPULATE_READ: u64 = 22;
pub const MADV_POPULATE_WRITE: u64 = 23;
pub const MADV_DONTNEED_LOCKED: u64 = 24;
pub const MADV_COLLAPSE: u64 = 25;
pub const MADV_HWPOISON: u64 = 100;
pub const MADV_SOFT_OFFLINE: u64 = 101;
pub const MADV_GUARD_INSTALL: u64 = 102;
pub const MADV_GUARD_REMOVE: u64 = 103;

#[cfg(test)]
mod kernel_tests {
    use super::Kernel;

    #[test]
    fn every_kernel_parses_back_from_its_name() {
        for (k, n) in Kernel::ALL.into_iter().zip(Kernel::NAMES) {
            assert_eq!(k.name(), n);
            assert_eq!(Kernel::parse(n), Some(k));
        }
    }
}
