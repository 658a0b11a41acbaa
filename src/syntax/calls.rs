//! The system calls a scenario may make, as data: names, parameters and the
//! kind of value each parameter takes. `check` validates calls against this
//! table and the runner can use it to name arguments.

/// What a parameter accepts.
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
}

impl ParamKind {
    /// The struct fields this kind accepts, if it accepts a struct.
    pub fn struct_fields(self) -> Option<&'static [&'static str]> {
        match self {
            ParamKind::Rlimit | ParamKind::RlimitOrNull => Some(&["rlim_cur", "rlim_max"]),
            ParamKind::NumOrFlock => Some(&["l_type", "l_whence", "l_start", "l_len", "l_pid"]),
            ParamKind::Num | ParamKind::Path => None,
        }
    }

    pub fn accepts_expr(self) -> bool {
        matches!(
            self,
            ParamKind::Num | ParamKind::RlimitOrNull | ParamKind::NumOrFlock
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
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Param {
    pub name: &'static str,
    pub kind: ParamKind,
}

/// One known system call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallSig {
    pub name: &'static str,
    pub params: &'static [Param],
    /// Arguments that must be given; the rest of `params` are optional.
    pub min_args: usize,
}

impl CallSig {
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
}

const fn num(name: &'static str) -> Param {
    Param {
        name,
        kind: ParamKind::Num,
    }
}

const fn of(name: &'static str, kind: ParamKind) -> Param {
    Param { name, kind }
}

macro_rules! call {
    ($name:literal, $min:expr, [$($param:expr),* $(,)?]) => {
        CallSig { name: $name, params: &[$($param),*], min_args: $min }
    };
}

/// Every call a scenario may make.
pub const CALLS: &[CallSig] = &[
    call!(
        "open",
        2,
        [of("path", ParamKind::Path), num("flags"), num("mode")]
    ),
    call!(
        "openat",
        3,
        [
            num("dirfd"),
            of("path", ParamKind::Path),
            num("flags"),
            num("mode")
        ]
    ),
    call!("close", 1, [num("fd")]),
    call!(
        "mmap",
        6,
        [
            num("addr"),
            num("length"),
            num("prot"),
            num("flags"),
            num("fd"),
            num("offset")
        ]
    ),
    call!("munmap", 2, [num("addr"), num("length")]),
    call!("mprotect", 3, [num("addr"), num("length"), num("prot")]),
    call!(
        "pkey_mprotect",
        4,
        [num("addr"), num("length"), num("prot"), num("pkey")]
    ),
    call!(
        "mremap",
        4,
        [
            num("old_address"),
            num("old_size"),
            num("new_size"),
            num("flags"),
            num("new_address")
        ]
    ),
    call!("mlock", 2, [num("addr"), num("length")]),
    call!("mlock2", 3, [num("addr"), num("length"), num("flags")]),
    call!("munlock", 2, [num("addr"), num("length")]),
    call!("mlockall", 1, [num("flags")]),
    call!("munlockall", 0, []),
    call!("personality", 1, [num("persona")]),
    call!(
        "fcntl",
        3,
        [num("fd"), num("cmd"), of("arg", ParamKind::NumOrFlock)]
    ),
    call!(
        "setrlimit",
        2,
        [num("resource"), of("rlim", ParamKind::Rlimit)]
    ),
    call!(
        "prlimit64",
        4,
        [
            num("pid"),
            num("resource"),
            of("new_limit", ParamKind::RlimitOrNull),
            of("old_limit", ParamKind::RlimitOrNull)
        ]
    ),
    call!("brk", 1, [num("addr")]),
    call!("madvise", 3, [num("addr"), num("length"), num("advice")]),
];

/// The signature of a known call.
pub fn find(name: &str) -> Option<&'static CallSig> {
    // A direct match: this runs once per call line when checking and running.
    let index = match name {
        "open" => 0,
        "openat" => 1,
        "close" => 2,
        "mmap" => 3,
        "munmap" => 4,
        "mprotect" => 5,
        "pkey_mprotect" => 6,
        "mremap" => 7,
        "mlock" => 8,
        "mlock2" => 9,
        "munlock" => 10,
        "mlockall" => 11,
        "munlockall" => 12,
        "personality" => 13,
        "fcntl" => 14,
        "setrlimit" => 15,
        "prlimit64" => 16,
        "brk" => 17,
        "madvise" => 18,
        _ => return None,
    };
    CALLS.get(index).filter(|call| call.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_knows_every_call_in_the_table() {
        for call in CALLS {
            assert_eq!(find(call.name).map(|c| c.name), Some(call.name));
        }
        assert!(find("mmap2").is_none());
    }

    #[test]
    fn signatures() {
        let sig = |name| find(name).map(CallSig::signature);
        assert_eq!(
            sig("mmap").as_deref(),
            Some("mmap(addr, length, prot, flags, fd, offset)")
        );
        assert_eq!(sig("open").as_deref(), Some("open(path, flags[, mode])"));
        assert_eq!(
            sig("mremap").as_deref(),
            Some("mremap(old_address, old_size, new_size, flags[, new_address])")
        );
        assert_eq!(sig("munlockall").as_deref(), Some("munlockall()"));
        assert_eq!(sig("frobnicate"), None);
    }
}
