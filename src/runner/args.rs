//! Turning a call as written into the engine's [`Syscall`]: arguments are
//! evaluated (variables, constants, arithmetic) and kept for the transcript.

use super::{RunError, Runner};
use crate::engine::Syscall;
use crate::engine::locks::Flock;
use crate::syntax::ast::{Arg, Call};
use serde::Serialize;

/// An evaluated argument.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum ArgValue {
    Num(u64),
    Str(String),
    /// `{rlim_cur=..., rlim_max=...}`
    Rlimit {
        rlim_cur: u64,
        rlim_max: u64,
    },
    /// `{l_type=..., l_whence=..., l_start=..., l_len=...}`
    Flock {
        l_type: u64,
        l_whence: u64,
        l_start: u64,
        l_len: u64,
    },
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

/// An argument's value, with `eval` giving expressions theirs (the runner's
/// variables, or another run's: the host oracle evaluates with the host's).
pub fn value_with<E>(
    arg: &Arg,
    eval: &mut dyn FnMut(&crate::syntax::ast::Expr) -> Result<u64, E>,
) -> Result<ArgValue, E> {
    Ok(match arg {
        Arg::Expr(e) => ArgValue::Num(eval(e)?),
        Arg::Str(s) => ArgValue::Str(s.value.clone()),
        Arg::Struct(fields, _) => {
            let mut get = |name: &str| -> Result<u64, E> {
                match fields.iter().find(|(n, _)| n.value == name) {
                    Some((_, Arg::Expr(e))) => eval(e),
                    _ => Ok(0),
                }
            };
            if fields.iter().any(|(n, _)| n.value.starts_with("rlim_")) {
                ArgValue::Rlimit {
                    rlim_cur: get("rlim_cur")?,
                    rlim_max: get("rlim_max")?,
                }
            } else {
                ArgValue::Flock {
                    l_type: get("l_type")?,
                    l_whence: get("l_whence")?,
                    l_start: get("l_start")?,
                    l_len: get("l_len")?,
                }
            }
        }
    })
}

fn value(r: &Runner, arg: &Arg) -> Result<ArgValue, RunError> {
    value_with(arg, &mut |e| r.eval(e))
}

/// Evaluate a call's arguments and build the engine's request.
pub fn lower(r: &Runner, call: &Call) -> Result<(&'static str, Vec<ArgValue>, Syscall), RunError> {
    let args = call
        .args
        .iter()
        .map(|a| value(r, a))
        .collect::<Result<Vec<_>, _>>()?;
    let n = |i: usize| args.get(i).map_or(0, ArgValue::num);
    let s = |i: usize| match args.get(i) {
        Some(ArgValue::Str(p)) => p.clone(),
        _ => String::new(),
    };
    let limit = |i: usize| match args.get(i) {
        Some(ArgValue::Rlimit { rlim_cur, rlim_max }) => Some((*rlim_cur, *rlim_max)),
        _ => None,
    };
    // The call table's own name: no allocation per call.
    let name = crate::syntax::calls::find(&call.name.value).map_or("", |c| c.name);
    let syscall = match name {
        "open" => Syscall::Open {
            path: s(0),
            flags: n(1),
            mode: n(2),
        },
        "openat" => Syscall::Openat {
            dirfd: n(0),
            path: s(1),
            flags: n(2),
            mode: n(3),
        },
        "close" => Syscall::Close { fd: n(0) },
        "mmap" => Syscall::Mmap {
            addr: n(0),
            len: n(1),
            prot: n(2),
            flags: n(3),
            fd: n(4),
            off: n(5),
        },
        "munmap" => Syscall::Munmap {
            addr: n(0),
            len: n(1),
        },
        "mprotect" => Syscall::Mprotect {
            addr: n(0),
            len: n(1),
            prot: n(2),
        },
        "pkey_mprotect" => Syscall::PkeyMprotect {
            addr: n(0),
            len: n(1),
            prot: n(2),
            pkey: n(3),
        },
        "mremap" => Syscall::Mremap {
            old_addr: n(0),
            old_len: n(1),
            new_len: n(2),
            flags: n(3),
            new_addr: n(4),
        },
        "mlock" => Syscall::Mlock {
            addr: n(0),
            len: n(1),
        },
        "mlock2" => Syscall::Mlock2 {
            addr: n(0),
            len: n(1),
            flags: n(2),
        },
        "munlock" => Syscall::Munlock {
            addr: n(0),
            len: n(1),
        },
        "mlockall" => Syscall::Mlockall { flags: n(0) },
        "munlockall" => Syscall::Munlockall,
        "personality" => Syscall::Personality { persona: n(0) },
        "fcntl" => {
            let lock = match args.get(2) {
                Some(ArgValue::Flock {
                    l_type,
                    l_whence,
                    l_start,
                    l_len,
                }) => Flock {
                    l_type: *l_type,
                    l_whence: *l_whence,
                    l_start: *l_start,
                    l_len: *l_len,
                },
                _ => Flock::default(),
            };
            Syscall::Fcntl {
                fd: n(0),
                cmd: n(1),
                lock,
            }
        }
        "setrlimit" => Syscall::Prlimit {
            pid: 0,
            resource: n(0),
            new: limit(1),
        },
        "prlimit64" => Syscall::Prlimit {
            pid: n(0),
            resource: n(1),
            new: limit(2),
        },
        "brk" => Syscall::Unmodelled { name: "brk" },
        "madvise" => Syscall::Unmodelled { name: "madvise" },
        _ => {
            return Err(RunError {
                message: format!("the runner does not know the call `{}`", call.name.value),
                span: call.name.span,
                help: None,
            });
        }
    };
    Ok((name, args, syscall))
}
