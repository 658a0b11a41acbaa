//! Rendering calls and results the way strace prints them: flags decoded to
//! names, addresses in hex, paths quoted.

use crate::engine::Refusal;
use crate::uapi::calls::{ArgValue, CallId, Decode, ResultStyle};
use crate::uapi::*;
use std::fmt::Write;

/// Names for bits, in the order strace prints them; leftover bits in hex.
fn bits(v: u64, names: &[(u64, &str)]) -> String {
    let mut out = String::new();
    let mut rest = v;
    for &(bit, name) in names {
        if bit != 0 && rest & bit == bit {
            if !out.is_empty() {
                out.push('|');
            }
            out.push_str(name);
            rest &= !bit;
        }
    }
    if rest != 0 || out.is_empty() {
        if !out.is_empty() {
            out.push('|');
        }
        let _ = write!(out, "{rest:#x}");
    }
    out
}

fn prot(v: u64) -> String {
    if v == 0 {
        return "PROT_NONE".into();
    }
    bits(
        v,
        &[
            (PROT_READ, "PROT_READ"),
            (PROT_WRITE, "PROT_WRITE"),
            (PROT_EXEC, "PROT_EXEC"),
            (PROT_SEM, "PROT_SEM"),
            (PROT_GROWSDOWN, "PROT_GROWSDOWN"),
            (PROT_GROWSUP, "PROT_GROWSUP"),
        ],
    )
}

fn map_flags(v: u64) -> String {
    let ty = match v & MAP_TYPE {
        MAP_SHARED => "MAP_SHARED".to_string(),
        MAP_PRIVATE => "MAP_PRIVATE".to_string(),
        MAP_SHARED_VALIDATE => "MAP_SHARED_VALIDATE".to_string(),
        MAP_DROPPABLE => "MAP_DROPPABLE".to_string(),
        t => format!("{t:#x}"),
    };
    let mut rest = v & !MAP_TYPE;
    let mut huge = String::new();
    let log = (rest >> MAP_HUGE_SHIFT) & MAP_HUGE_MASK;
    if log != 0 {
        huge = match log {
            21 => "MAP_HUGE_2MB".into(),
            30 => "MAP_HUGE_1GB".into(),
            n => format!("{n}<<MAP_HUGE_SHIFT"),
        };
        rest &= !(MAP_HUGE_MASK << MAP_HUGE_SHIFT);
    }
    let mut out = vec![ty];
    if rest != 0 {
        out.push(bits(
            rest,
            &[
                (MAP_FIXED, "MAP_FIXED"),
                (MAP_ANONYMOUS, "MAP_ANONYMOUS"),
                (MAP_32BIT, "MAP_32BIT"),
                (MAP_ABOVE4G, "MAP_ABOVE4G"),
                (MAP_GROWSDOWN, "MAP_GROWSDOWN"),
                (MAP_DENYWRITE, "MAP_DENYWRITE"),
                (MAP_EXECUTABLE, "MAP_EXECUTABLE"),
                (MAP_LOCKED, "MAP_LOCKED"),
                (MAP_NORESERVE, "MAP_NORESERVE"),
                (MAP_POPULATE, "MAP_POPULATE"),
                (MAP_NONBLOCK, "MAP_NONBLOCK"),
                (MAP_STACK, "MAP_STACK"),
                (MAP_HUGETLB, "MAP_HUGETLB"),
                (MAP_SYNC, "MAP_SYNC"),
                (MAP_FIXED_NOREPLACE, "MAP_FIXED_NOREPLACE"),
            ],
        ));
    }
    if !huge.is_empty() {
        out.push(huge);
    }
    out.join("|")
}

fn open_flags(v: u64) -> String {
    let acc = match v & O_ACCMODE {
        O_RDONLY => "O_RDONLY",
        O_WRONLY => "O_WRONLY",
        O_RDWR => "O_RDWR",
        _ => "O_ACCMODE",
    };
    let rest = v & !O_ACCMODE;
    if rest == 0 {
        return acc.into();
    }
    format!(
        "{acc}|{}",
        bits(
            rest,
            &[
                (O_CREAT, "O_CREAT"),
                (O_EXCL, "O_EXCL"),
                (O_NOCTTY, "O_NOCTTY"),
                (O_TRUNC, "O_TRUNC"),
                (O_APPEND, "O_APPEND"),
                (O_NONBLOCK, "O_NONBLOCK"),
                (O_SYNC, "O_SYNC"),
                (O_DSYNC, "O_DSYNC"),
                (O_DIRECT, "O_DIRECT"),
                (O_LARGEFILE, "O_LARGEFILE"),
                (O_TMPFILE, "O_TMPFILE"),
                // strace names the bit alone (without O_DIRECTORY) so.
                (__O_TMPFILE, "__O_TMPFILE"),
                (O_DIRECTORY, "O_DIRECTORY"),
                (O_NOFOLLOW, "O_NOFOLLOW"),
                (O_NOATIME, "O_NOATIME"),
                (O_CLOEXEC, "O_CLOEXEC"),
                (O_PATH, "O_PATH"),
            ]
        )
    )
}

fn persona(v: u64) -> String {
    if v == 0xffff_ffff {
        return "0xffffffff".into();
    }
    let flags = v & !0xff;
    let base = if v & 0xff == 0 {
        "PER_LINUX".to_string()
    } else {
        format!("{:#x}", v & 0xff)
    };
    if flags == 0 {
        return base;
    }
    let f = bits(
        flags,
        &[
            (UNAME26, "UNAME26"),
            (ADDR_NO_RANDOMIZE, "ADDR_NO_RANDOMIZE"),
            (FDPIC_FUNCPTRS, "FDPIC_FUNCPTRS"),
            (MMAP_PAGE_ZERO, "MMAP_PAGE_ZERO"),
            (ADDR_COMPAT_LAYOUT, "ADDR_COMPAT_LAYOUT"),
            (READ_IMPLIES_EXEC, "READ_IMPLIES_EXEC"),
            (ADDR_LIMIT_32BIT, "ADDR_LIMIT_32BIT"),
            (SHORT_INODE, "SHORT_INODE"),
            (WHOLE_SECONDS, "WHOLE_SECONDS"),
            (STICKY_TIMEOUTS, "STICKY_TIMEOUTS"),
            (ADDR_LIMIT_3GB, "ADDR_LIMIT_3GB"),
        ],
    );
    if v & 0xff == 0 {
        f
    } else {
        format!("{base}|{f}")
    }
}

const RESOURCES: [&str; 16] = [
    "RLIMIT_CPU",
    "RLIMIT_FSIZE",
    "RLIMIT_DATA",
    "RLIMIT_STACK",
    "RLIMIT_CORE",
    "RLIMIT_RSS",
    "RLIMIT_NPROC",
    "RLIMIT_NOFILE",
    "RLIMIT_MEMLOCK",
    "RLIMIT_AS",
    "RLIMIT_LOCKS",
    "RLIMIT_SIGPENDING",
    "RLIMIT_MSGQUEUE",
    "RLIMIT_NICE",
    "RLIMIT_RTPRIO",
    "RLIMIT_RTTIME",
];

pub fn resource_name(v: u64) -> String {
    RESOURCES
        .get(v as usize)
        .map_or_else(|| format!("{v:#x} /* RLIMIT_??? */"), |s| s.to_string())
}

/// strace's rlimit value: RLIM64_INFINITY, N*1024, or decimal.
pub fn rlim_value(v: u64) -> String {
    if v == RLIM_INFINITY {
        "RLIM64_INFINITY".into()
    } else if v != 0 && v.is_multiple_of(1024) {
        format!("{}*1024", v / 1024)
    } else {
        v.to_string()
    }
}

fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One argument as strace prints it, appended to `out`.
fn arg(out: &mut String, kind: Decode, a: &ArgValue) {
    let v = match a {
        ArgValue::Num(v) => *v,
        other => return out.push_str(&shaped(other)),
    };
    let _ = match kind {
        Decode::Addr if v == 0 => write!(out, "NULL"),
        Decode::Addr => write!(out, "{v:#x}"),
        Decode::Dec => write!(out, "{v}"),
        Decode::Int => write!(out, "{}", v as u32 as i32),
        Decode::Hex if v == 0 => write!(out, "0"),
        Decode::Hex => write!(out, "{v:#x}"),
        Decode::Prot => write!(out, "{}", prot(v)),
        Decode::MapFlags => write!(out, "{}", map_flags(v)),
        Decode::OpenFlags => write!(out, "{}", open_flags(v)),
        Decode::Mode => write!(out, "0{v:o}"),
        Decode::DirFd if v as u32 as i32 == -100 => write!(out, "AT_FDCWD"),
        Decode::DirFd => write!(out, "{}", v as u32 as i32),
        Decode::MremapFlags if v == 0 => write!(out, "0"),
        Decode::MremapFlags => write!(
            out,
            "{}",
            bits(
                v,
                &[
                    (MREMAP_MAYMOVE, "MREMAP_MAYMOVE"),
                    (MREMAP_FIXED, "MREMAP_FIXED"),
                    (MREMAP_DONTUNMAP, "MREMAP_DONTUNMAP"),
                ],
            )
        ),
        Decode::MlockallFlags => write!(
            out,
            "{}",
            bits(
                v,
                &[
                    (MCL_CURRENT, "MCL_CURRENT"),
                    (MCL_FUTURE, "MCL_FUTURE"),
                    (MCL_ONFAULT, "MCL_ONFAULT"),
                ],
            )
        ),
        Decode::Mlock2Flags if v == 0 => write!(out, "0"),
        Decode::Mlock2Flags => write!(out, "{}", bits(v, &[(1, "MLOCK_ONFAULT")])),
        Decode::Persona => write!(out, "{}", persona(v)),
        Decode::FcntlCmd => match v {
            F_GETLK => write!(out, "F_GETLK"),
            F_SETLK => write!(out, "F_SETLK"),
            F_SETLKW => write!(out, "F_SETLKW"),
            v => write!(out, "{v}"),
        },
        Decode::Resource => write!(out, "{}", resource_name(v)),
        Decode::Shape if v == 0 => write!(out, "NULL"),
        Decode::Shape => write!(out, "{v}"),
    };
}

/// A string or struct argument.
fn shaped(a: &ArgValue) -> String {
    match a {
        ArgValue::Num(v) => v.to_string(),
        ArgValue::Str(s) => quote(s),
        ArgValue::Rlimit { rlim_cur, rlim_max } => {
            format!(
                "{{rlim_cur={}, rlim_max={}}}",
                rlim_value(*rlim_cur),
                rlim_value(*rlim_max)
            )
        }
        ArgValue::Flock {
            l_type,
            l_whence,
            l_start,
            l_len,
        } => {
            let t = match *l_type {
                F_RDLCK => "F_RDLCK".to_string(),
                F_WRLCK => "F_WRLCK".to_string(),
                F_UNLCK => "F_UNLCK".to_string(),
                t => t.to_string(),
            };
            let w = match *l_whence {
                SEEK_SET => "SEEK_SET".to_string(),
                SEEK_CUR => "SEEK_CUR".to_string(),
                SEEK_END => "SEEK_END".to_string(),
                w => w.to_string(),
            };
            format!(
                "{{l_type={t}, l_whence={w}, l_start={}, l_len={}}}",
                *l_start as i64, *l_len as i64
            )
        }
    }
}

/// `mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)`
pub fn call(id: CallId, args: &[ArgValue]) -> String {
    let mut out = String::new();
    write_call(&mut out, id, args);
    out
}

/// [`call`], appended to `out`.
pub fn write_call(out: &mut String, id: CallId, args: &[ArgValue]) {
    let spec = id.spec();
    out.push_str(spec.name);
    out.push('(');
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        arg(out, spec.decode(i), a);
    }
    out.push(')');
}

/// ` = 0x7ffff7ffe000`, ` = 3`, ` = -1 EACCES (Permission denied)`
pub fn result(id: CallId, r: &Result<u64, Refusal>) -> String {
    let mut out = String::new();
    write_result(&mut out, id, r);
    out
}

/// [`result`], appended to `out`.
pub fn write_result(out: &mut String, id: CallId, r: &Result<u64, Refusal>) {
    let _ = match r {
        Ok(v) => match id.spec().result {
            ResultStyle::Addr => write!(out, "{v:#x}"),
            ResultStyle::Persona => write!(out, "{v:#x} ({})", persona(*v)),
            ResultStyle::Dec => write!(out, "{}", *v as i64),
        },
        Err(e) => {
            let errno = e.errno();
            write!(
                out,
                "-1 {} ({})",
                errno_name(errno).unwrap_or("E?"),
                errno_text(errno).unwrap_or("Unknown error")
            )
        }
    };
}
