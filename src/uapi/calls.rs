//! The system calls a scenario may make, as one table every layer reads:
//! each call's name, its x86-64 system call number, its parameters (the
//! kind of value each takes in the language and how strace decodes it) and
//! how strace prints its result. The syntax layer checks calls against it,
//! the runner evaluates arguments by it, the engine decodes a call's
//! arguments by position (`engine::Syscall::decode`), the report prints
//! calls with it and the host oracle passes its numbers to the kernel.
//!
//! Adding a system call: a [`CallId`], a row in [`CALLS`], and in the engine
//! a `Syscall` variant with its decoding and the function that models it.

use serde::Serialize;

/// A call of the language. `CALLS[id as usize]` is its row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CallId {
    Open,
    Openat,
    Close,
    Mmap,
    Munmap,
    Mprotect,
    PkeyMprotect,
    Mremap,
    Mlock,
    Mlock2,
    Munlock,
    Mlockall,
    Munlockall,
    Personality,
    Fcntl,
    Setrlimit,
    Prlimit64,
    Brk,
    Madvise,
    Msync,
    Mseal,
    Prctl,
    Ftruncate,
    MemfdCreate,
    Mincore,
    Shmget,
    Shmat,
    Shmdt,
    Shmctl,
}

impl CallId {
    /// Its row of the table.
    pub fn spec(self) -> &'static CallSpec {
        &CALLS[self as usize]
    }

    /// The name strace prints.
    pub fn name(self) -> &'static str {
        self.spec().name
    }

    /// The call named `name`, if the language knows it.
    pub fn from_name(name: &str) -> Option<CallId> {
        // The parser resolves every call line's name; a test holds this
        // match to the table.
        Some(match name {
            "open" => CallId::Open,
            "openat" => CallId::Openat,
            "close" => CallId::Close,
            "mmap" => CallId::Mmap,
            "munmap" => CallId::Munmap,
            "mprotect" => CallId::Mprotect,
            "pkey_mprotect" => CallId::PkeyMprotect,
            "mremap" => CallId::Mremap,
            "mlock" => CallId::Mlock,
            "mlock2" => CallId::Mlock2,
            "munlock" => CallId::Munlock,
            "mlockall" => CallId::Mlockall,
            "munlockall" => CallId::Munlockall,
            "personality" => CallId::Personality,
            "fcntl" => CallId::Fcntl,
            "setrlimit" => CallId::Setrlimit,
            "prlimit64" => CallId::Prlimit64,
            "brk" => CallId::Brk,
            "madvise" => CallId::Madvise,
            "msync" => CallId::Msync,
            "mincore" => CallId::Mincore,
            "memfd_create" => CallId::MemfdCreate,
            "mseal" => CallId::Mseal,
            "prctl" => CallId::Prctl,
            "ftruncate" => CallId::Ftruncate,
            "shmget" => CallId::Shmget,
            "shmat" => CallId::Shmat,
            "shmdt" => CallId::Shmdt,
            "shmctl" => CallId::Shmctl,
            _ => return None,
        })
    }
}

impl std::fmt::Display for CallId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for CallId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// What a parameter accepts in the language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamKind {
    /// An expression (number, constant, variable).
    Num,
    /// A string (a path).
    Path,
    /// `{rlim_cur=..., rlim_max=...}`.
    Rlimit,
    /// `{rlim_cur=..., rlim_max=...}` or an expression (`NULL`).
    RlimitOrNull,
    /// An expression, or `{l_type=..., l_whence=..., l_start=..., l_len=...}` (fcntl's third argument).
    NumOrFlock,
    /// An expression or a string (prctl's fifth argument: PR_SET_VMA's name).
    NumOrStr,
    /// An expression (the buffer's address, as strace prints it when the
    /// call fails) or the vector itself, `[1, 0, ...]` (mincore's third
    /// argument, as strace prints it when the call succeeds).
    NumOrVector,
}

impl ParamKind {
    /// The struct fields this kind accepts, if it accepts a struct.
    pub fn struct_fields(self) -> Option<&'static [&'static str]> {
        match self {
            ParamKind::Rlimit | ParamKind::RlimitOrNull => Some(&["rlim_cur", "rlim_max"]),
            ParamKind::NumOrFlock => Some(&["l_type", "l_whence", "l_start", "l_len", "l_pid"]),
            ParamKind::Num | ParamKind::Path | ParamKind::NumOrStr | ParamKind::NumOrVector => None,
        }
    }

    pub fn accepts_expr(self) -> bool {
        matches!(
            self,
            ParamKind::Num
                | ParamKind::RlimitOrNull
                | ParamKind::NumOrFlock
                | ParamKind::NumOrStr
                | ParamKind::NumOrVector
        )
    }

    /// Words for "expected ..." messages.
    pub fn describe(self) -> &'static str {
        match self {
            ParamKind::Num => "a number",
            ParamKind::Path => "a string (a path)",
            ParamKind::Rlimit => "a `{rlim_cur=..., rlim_max=...}` struct",
            ParamKind::RlimitOrNull => "a `{rlim_cur=..., rlim_max=...}` struct or NULL",
            ParamKind::NumOrFlock => "a number or a `{l_type=..., ...}` struct",
            ParamKind::NumOrStr => "a number or a string",
            ParamKind::NumOrVector => "a number (the vector's address) or the vector `[1, 0, ...]`",
        }
    }
}

/// How strace prints a parameter's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decode {
    /// An address: `NULL` or hex.
    Addr,
    /// An unsigned decimal (lengths).
    Dec,
    /// A C `int` (descriptors, pkeys).
    Int,
    /// Hex (offsets).
    Hex,
    Prot,
    MapFlags,
    OpenFlags,
    /// An octal mode.
    Mode,
    /// A descriptor or `AT_FDCWD`.
    DirFd,
    MremapFlags,
    MlockallFlags,
    Mlock2Flags,
    Persona,
    FcntlCmd,
    /// madvise's advice.
    Madvise,
    /// msync's MS_* flags.
    MsyncFlags,
    /// memfd_create's MFD_* flags, with `N<<MFD_HUGE_SHIFT`.
    MemfdFlags,
    /// prctl's option.
    PrctlOption,
    Resource,
    /// mincore's vector: its entries when the call succeeded (the first
    /// 32, then `...`, as strace abbreviates), else its address.
    Vector,
    /// A SysV IPC key: `IPC_PRIVATE` or hex.
    IpcKey,
    /// shmget's flags: IPC_CREAT, IPC_EXCL, SHM_HUGETLB, SHM_NORESERVE,
    /// `N<<SHM_HUGE_SHIFT`, then the mode in octal.
    ShmgetFlags,
    /// shmat's SHM_* flags.
    ShmatFlags,
    /// shmctl's command.
    ShmctlCmd,
    /// Strings and structs, printed by their own shape.
    Shape,
}

/// How strace prints a successful result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultStyle {
    /// A C long in decimal (0, descriptors).
    Dec,
    /// An address in hex.
    Addr,
    /// The old persona: hex, then its flags decoded.
    Persona,
}

/// One parameter of a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Param {
    pub name: &'static str,
    pub kind: ParamKind,
    pub decode: Decode,
}

/// One row of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallSpec {
    pub id: CallId,
    pub name: &'static str,
    /// The x86-64 system call number (arch/x86/entry/syscalls/syscall_64.tbl).
    pub nr: u64,
    pub params: &'static [Param],
    /// Arguments that must be given; the rest of `params` are optional.
    pub min_args: usize,
    pub result: ResultStyle,
}

impl CallSpec {
    pub fn max_args(&self) -> usize {
        self.params.len()
    }

    /// `mmap(addr, length, prot, flags, fd, offset)`, optional ones in brackets.
    pub fn signature(&self) -> String {
        let mut out = format!("{}(", self.name);
        for (i, param) in self.params.iter().enumerate() {
            if i > 0 {
                out.push_str(if i >= self.min_args { "[, " } else { ", " });
            } else if self.min_args == 0 {
                out.push('[');
            }
            out.push_str(param.name);
        }
        for _ in self.min_args.max(1)..self.params.len() {
            out.push(']');
        }
        if self.min_args == 0 && !self.params.is_empty() {
            out.push(']');
        }
        out.push(')');
        out
    }

    /// How strace prints argument `i` (past the table: by its shape).
    pub fn decode(&self, i: usize) -> Decode {
        self.params.get(i).map_or(Decode::Shape, |p| p.decode)
    }
}

/// An evaluated argument: what user space passes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum ArgValue {
    Num(u64),
    Str(String),
    /// `{rlim_cur=..., rlim_max=...}`: struct rlimit64.
    Rlimit {
        rlim_cur: u64,
        rlim_max: u64,
    },
    /// `{l_type=..., l_whence=..., l_start=..., l_len=...}`: struct flock.
    Flock {
        l_type: u64,
        l_whence: u64,
        l_start: u64,
        l_len: u64,
    },
    /// `[1, 0, ...]`: a vector the call fills in, as the scenario expects
    /// it (its first entries where it ends with `...`). The buffer is the
    /// caller's own, always writable.
    Vector {
        entries: Vec<u64>,
        more: bool,
    },
}

/// A vector as strace prints it: `[1, 0]`, or `[1, 0, ...]` abbreviated.
pub fn vector_text(entries: &[u64], more: bool) -> String {
    let mut out: Vec<String> = entries.iter().map(u64::to_string).collect();
    if more {
        out.push("...".into());
    }
    format!("[{}]", out.join(", "))
}

impl ArgValue {
    /// A number's value; 0 for the other kinds.
    pub fn num(&self) -> u64 {
        match self {
            ArgValue::Num(v) => *v,
            _ => 0,
        }
    }
}

const fn p(name: &'static str, kind: ParamKind, decode: Decode) -> Param {
    Param { name, kind, decode }
}

/// A numeric parameter.
const fn n(name: &'static str, decode: Decode) -> Param {
    p(name, ParamKind::Num, decode)
}

const PATH: Param = p("path", ParamKind::Path, Decode::Shape);

macro_rules! calls {
    ($($id:ident $name:literal $nr:literal $result:ident, $min:literal: [$($param:expr),* $(,)?];)*) => {
        /// Every call a scenario may make, in [`CallId`] order.
        pub const CALLS: &[CallSpec] = &[$(CallSpec {
            id: CallId::$id,
            name: $name,
            nr: $nr,
            params: &[$($param),*],
            min_args: $min,
            result: ResultStyle::$result,
        }),*];
    };
}

use Decode::*;

calls! {
    Open "open" 2 Dec, 2: [PATH, n("flags", OpenFlags), n("mode", Mode)];
    Openat "openat" 257 Dec, 3: [n("dirfd", DirFd), PATH, n("flags", OpenFlags), n("mode", Mode)];
    Close "close" 3 Dec, 1: [n("fd", Int)];
    Mmap "mmap" 9 Addr, 6: [
        n("addr", Addr), n("length", Dec), n("prot", Prot), n("flags", MapFlags),
        n("fd", Int), n("offset", Hex),
    ];
    Munmap "munmap" 11 Dec, 2: [n("addr", Addr), n("length", Dec)];
    Mprotect "mprotect" 10 Dec, 3: [n("addr", Addr), n("length", Dec), n("prot", Prot)];
    PkeyMprotect "pkey_mprotect" 329 Dec, 4: [
        n("addr", Addr), n("length", Dec), n("prot", Prot), n("pkey", Int),
    ];
    Mremap "mremap" 25 Addr, 4: [
        n("old_address", Addr), n("old_size", Dec), n("new_size", Dec),
        n("flags", MremapFlags), n("new_address", Addr),
    ];
    Mlock "mlock" 149 Dec, 2: [n("addr", Addr), n("length", Dec)];
    Mlock2 "mlock2" 325 Dec, 3: [n("addr", Addr), n("length", Dec), n("flags", Mlock2Flags)];
    Munlock "munlock" 150 Dec, 2: [n("addr", Addr), n("length", Dec)];
    Mlockall "mlockall" 151 Dec, 1: [n("flags", MlockallFlags)];
    Munlockall "munlockall" 152 Dec, 0: [];
    Personality "personality" 135 Persona, 1: [n("persona", Persona)];
    Fcntl "fcntl" 72 Dec, 2: [
        n("fd", Int), n("cmd", FcntlCmd), p("arg", ParamKind::NumOrFlock, Shape),
    ];
    Setrlimit "setrlimit" 160 Dec, 2: [
        n("resource", Resource), p("rlim", ParamKind::Rlimit, Shape),
    ];
    Prlimit64 "prlimit64" 302 Dec, 4: [
        n("pid", Int), n("resource", Resource),
        p("new_limit", ParamKind::RlimitOrNull, Shape),
        p("old_limit", ParamKind::RlimitOrNull, Shape),
    ];
    Brk "brk" 12 Addr, 1: [n("addr", Addr)];
    Madvise "madvise" 28 Dec, 3: [n("addr", Addr), n("length", Dec), n("advice", Madvise)];
    Msync "msync" 26 Dec, 3: [n("addr", Addr), n("length", Dec), n("flags", MsyncFlags)];
    Mseal "mseal" 462 Dec, 3: [n("addr", Addr), n("length", Dec), n("flags", Hex)];
    Prctl "prctl" 157 Dec, 1: [
        n("option", PrctlOption), n("arg2", Hex), n("arg3", Hex), n("arg4", Hex),
        p("arg5", ParamKind::NumOrStr, Hex),
    ];
    Ftruncate "ftruncate" 77 Dec, 2: [n("fd", Int), n("length", Dec)];
    MemfdCreate "memfd_create" 319 Dec, 2: [p("name", ParamKind::Path, Shape), n("flags", MemfdFlags)];
    Mincore "mincore" 27 Dec, 3: [n("addr", Addr), n("length", Dec), p("vec", ParamKind::NumOrVector, Vector)];
    Shmget "shmget" 29 Dec, 3: [n("key", IpcKey), n("size", Dec), n("shmflg", ShmgetFlags)];
    Shmat "shmat" 30 Addr, 3: [n("shmid", Int), n("shmaddr", Addr), n("shmflg", ShmatFlags)];
    Shmdt "shmdt" 67 Dec, 1: [n("shmaddr", Addr)];
    Shmctl "shmctl" 31 Dec, 3: [n("shmid", Int), n("cmd", ShmctlCmd), n("buf", Addr)];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_in_call_id_order() {
        for (i, call) in CALLS.iter().enumerate() {
            assert_eq!(call.id as usize, i, "{}", call.name);
            assert_eq!(CallId::from_name(call.name), Some(call.id));
        }
        assert!(CallId::from_name("mmap2").is_none());
    }

    #[test]
    fn numbers_are_the_x86_64_ones() {
        let libc_nr = |id: CallId| -> i64 {
            match id {
                CallId::Open => libc::SYS_open,
                CallId::Openat => libc::SYS_openat,
                CallId::Close => libc::SYS_close,
                CallId::Mmap => libc::SYS_mmap,
                CallId::Munmap => libc::SYS_munmap,
                CallId::Mprotect => libc::SYS_mprotect,
                CallId::PkeyMprotect => libc::SYS_pkey_mprotect,
                CallId::Mremap => libc::SYS_mremap,
                CallId::Mlock => libc::SYS_mlock,
                CallId::Mlock2 => libc::SYS_mlock2,
                CallId::Munlock => libc::SYS_munlock,
                CallId::Mlockall => libc::SYS_mlockall,
                CallId::Munlockall => libc::SYS_munlockall,
                CallId::Personality => libc::SYS_personality,
                CallId::Fcntl => libc::SYS_fcntl,
                CallId::Setrlimit => libc::SYS_setrlimit,
                CallId::Prlimit64 => libc::SYS_prlimit64,
                CallId::Brk => libc::SYS_brk,
                CallId::Madvise => libc::SYS_madvise,
                CallId::Msync => libc::SYS_msync,
                CallId::MemfdCreate => libc::SYS_memfd_create,
                CallId::Mseal => libc::SYS_mseal,
                CallId::Prctl => libc::SYS_prctl,
                CallId::Ftruncate => libc::SYS_ftruncate,
                CallId::Mincore => libc::SYS_mincore,
                CallId::Shmget => libc::SYS_shmget,
                CallId::Shmat => libc::SYS_shmat,
                CallId::Shmdt => libc::SYS_shmdt,
                CallId::Shmctl => libc::SYS_shmctl,
            }
        };
        for call in CALLS {
            assert_eq!(call.nr as i64, libc_nr(call.id), "{}", call.name);
        }
    }

    #[test]
    fn signatures() {
        let sig = |id: CallId| id.spec().signature();
        assert_eq!(
            sig(CallId::Mmap),
            "mmap(addr, length, prot, flags, fd, offset)"
        );
        assert_eq!(sig(CallId::Open), "open(path, flags[, mode])");
        assert_eq!(
            sig(CallId::Mremap),
            "mremap(old_address, old_size, new_size, flags[, new_address])"
        );
        assert_eq!(sig(CallId::Munlockall), "munlockall()");
    }
}
