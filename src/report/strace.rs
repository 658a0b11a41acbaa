//! Rendering calls and results the way strace prints them: flags decoded to
//! names, addresses in hex, paths quoted.

use crate::engine::Refusal;
use crate::uapi::calls::{ArgValue, CallId, Decode, ResultStyle};
use crate::uapi::*;
use std::fmt::Write;

/// C's `%#x`, as strace prints hex: `0` for zero.
fn hex(v: u64) -> String {
    if v == 0 {
        "0".into()
    } else {
        format!("{v:#x}")
    }
}

/// strace's printflags: the names of the bits set, in the table's order,
/// then what is left in hex. With no name at all, the hex gets a
/// `/* PREFIX??? */` comment when `unknown` names one (and 0 is the table's
/// name for 0, or `0`).
fn flags(v: u64, table: &[(u64, &str)], unknown: Option<&str>) -> String {
    if v == 0 {
        return table
            .iter()
            .find(|(bit, _)| *bit == 0)
            .map_or_else(|| "0".into(), |(_, name)| (*name).into());
    }
    let mut out = String::new();
    let mut rest = v;
    for &(bit, name) in table {
        if bit != 0 && rest & bit == bit {
            if !out.is_empty() {
                out.push('|');
            }
            out.push_str(name);
            rest &= !bit;
        }
    }
    match (rest, out.is_empty(), unknown) {
        (0, _, _) => {}
        (_, true, Some(prefix)) => {
            let _ = write!(out, "{rest:#x} /* {prefix} */");
        }
        (_, true, None) => out = hex(rest),
        (_, false, _) => {
            let _ = write!(out, "|{rest:#x}");
        }
    }
    out
}

/// strace's printxval: the name of the value, or it in hex with a
/// `/* PREFIX??? */` comment.
fn xval(v: u64, table: &[(u64, &str)], unknown: &str) -> String {
    match table.iter().find(|(value, _)| *value == v) {
        Some((_, name)) => (*name).into(),
        None => format!("{} /* {unknown} */", hex(v)),
    }
}

/// strace's mmap_prot (x86-64).
const PROT: &[(u64, &str)] = &[
    (PROT_NONE, "PROT_NONE"),
    (PROT_READ, "PROT_READ"),
    (PROT_WRITE, "PROT_WRITE"),
    (PROT_EXEC, "PROT_EXEC"),
    (PROT_SEM, "PROT_SEM"),
    (PROT_GROWSDOWN, "PROT_GROWSDOWN"),
    (PROT_GROWSUP, "PROT_GROWSUP"),
];

/// strace's mmap_flags (x86-64), in its order: the types, then the bits.
const MAP_TYPES: &[(u64, &str)] = &[
    (MAP_SHARED, "MAP_SHARED"),
    (MAP_PRIVATE, "MAP_PRIVATE"),
    (MAP_SHARED_VALIDATE, "MAP_SHARED_VALIDATE"),
    (MAP_DROPPABLE, "MAP_DROPPABLE"),
    (MAP_FILE, "MAP_FILE"),
];
const MAP_BITS: &[(u64, &str)] = &[
    (MAP_FIXED, "MAP_FIXED"),
    (MAP_ANONYMOUS, "MAP_ANONYMOUS"),
    (MAP_32BIT, "MAP_32BIT"),
    (MAP_ABOVE4G, "MAP_ABOVE4G"),
    (MAP_NORESERVE, "MAP_NORESERVE"),
    (MAP_POPULATE, "MAP_POPULATE"),
    (MAP_NONBLOCK, "MAP_NONBLOCK"),
    (MAP_GROWSDOWN, "MAP_GROWSDOWN"),
    (MAP_DENYWRITE, "MAP_DENYWRITE"),
    (MAP_EXECUTABLE, "MAP_EXECUTABLE"),
    (MAP_LOCKED, "MAP_LOCKED"),
    (MAP_STACK, "MAP_STACK"),
    (MAP_HUGETLB, "MAP_HUGETLB"),
    (MAP_SYNC, "MAP_SYNC"),
    (MAP_FIXED_NOREPLACE, "MAP_FIXED_NOREPLACE"),
];

/// print_mmap_flags (strace src/mem.c): the type, the other bits, and the
/// huge page size as `N<<MAP_HUGE_SHIFT` (MAP_UNINITIALIZED's bit is one of
/// those, so it prints as `1<<MAP_HUGE_SHIFT`).
fn map_flags(v: u64) -> String {
    let mut out = xval(v & MAP_TYPE, MAP_TYPES, "MAP_???");
    let huge = MAP_HUGE_MASK << MAP_HUGE_SHIFT;
    let rest = v & !MAP_TYPE & !huge;
    if rest != 0 {
        out.push('|');
        out.push_str(&flags(rest, MAP_BITS, None));
    }
    if v & huge != 0 {
        let _ = write!(out, "|{}<<MAP_HUGE_SHIFT", (v & huge) >> MAP_HUGE_SHIFT);
    }
    out
}

/// strace's memfd_create flags (xlat/memfd_create_flags.in), with the huge
/// page size as `N<<MFD_HUGE_SHIFT`.
fn memfd_flags(v: u64) -> String {
    const BITS: &[(u64, &str)] = &[
        (MFD_CLOEXEC, "MFD_CLOEXEC"),
        (MFD_ALLOW_SEALING, "MFD_ALLOW_SEALING"),
        (MFD_HUGETLB, "MFD_HUGETLB"),
        (MFD_NOEXEC_SEAL, "MFD_NOEXEC_SEAL"),
        (MFD_EXEC, "MFD_EXEC"),
    ];
    let huge = MFD_HUGE_MASK << MFD_HUGE_SHIFT;
    let rest = v & !huge;
    let mut out = if rest != 0 || v == 0 {
        flags(rest, BITS, Some("MFD_???"))
    } else {
        String::new()
    };
    if v & huge != 0 {
        if !out.is_empty() {
            out.push('|');
        }
        let _ = write!(out, "{}<<MFD_HUGE_SHIFT", (v & huge) >> MFD_HUGE_SHIFT);
    }
    out
}

/// strace's shmget flags (src/ipc_shm.c: xlat/shm_resource_flags.in, the
/// huge page size as `N<<SHM_HUGE_SHIFT`, then the mode as `%#03o`).
fn shmget_flags(v: u64) -> String {
    const BITS: &[(u64, &str)] = &[
        (IPC_CREAT, "IPC_CREAT"),
        (IPC_EXCL, "IPC_EXCL"),
        (SHM_HUGETLB, "SHM_HUGETLB"),
        (SHM_NORESERVE, "SHM_NORESERVE"),
    ];
    let huge = SHM_HUGE_MASK << SHM_HUGE_SHIFT;
    let rest = v & !0o777 & !huge;
    let mut out = String::new();
    if rest != 0 {
        out.push_str(&flags(rest, BITS, None));
    }
    if v & huge != 0 {
        if !out.is_empty() {
            out.push('|');
        }
        let _ = write!(out, "{}<<SHM_HUGE_SHIFT", (v & huge) >> SHM_HUGE_SHIFT);
    }
    if !out.is_empty() {
        out.push('|');
    }
    // C's `%#03o`: a leading 0 (none for 0 itself), zero-padded to three.
    let mode = v & 0o777;
    let digits = if mode == 0 {
        "0".to_string()
    } else {
        format!("0{mode:o}")
    };
    let _ = write!(out, "{digits:0>3}");
    out
}

/// strace's shmat flags (xlat/shm_flags.in).
const SHMAT_BITS: &[(u64, &str)] = &[
    (SHM_RDONLY, "SHM_RDONLY"),
    (SHM_RND, "SHM_RND"),
    (SHM_REMAP, "SHM_REMAP"),
    (SHM_EXEC, "SHM_EXEC"),
];

/// strace's shmctl command (xlat/shmctl_flags.in), with IPC_64 first when set.
fn shmctl_cmd(v: u64) -> String {
    const CMDS: &[(u64, &str)] = &[
        (IPC_RMID, "IPC_RMID"),
        (IPC_SET, "IPC_SET"),
        (IPC_STAT, "IPC_STAT"),
        (IPC_INFO, "IPC_INFO"),
        (SHM_LOCK, "SHM_LOCK"),
        (SHM_UNLOCK, "SHM_UNLOCK"),
        (SHM_STAT, "SHM_STAT"),
        (SHM_INFO, "SHM_INFO"),
        (SHM_STAT_ANY, "SHM_STAT_ANY"),
    ];
    if v & IPC_64 != 0 {
        format!("IPC_64|{}", xval(v & !IPC_64, CMDS, "SHM_???"))
    } else {
        xval(v, CMDS, "SHM_???")
    }
}

/// strace's file seals (xlat/f_seals.in).
const SEALS: &[(u64, &str)] = &[
    (F_SEAL_SEAL, "F_SEAL_SEAL"),
    (F_SEAL_SHRINK, "F_SEAL_SHRINK"),
    (F_SEAL_GROW, "F_SEAL_GROW"),
    (F_SEAL_WRITE, "F_SEAL_WRITE"),
    (F_SEAL_FUTURE_WRITE, "F_SEAL_FUTURE_WRITE"),
    (F_SEAL_EXEC, "F_SEAL_EXEC"),
];

/// strace's open_mode_flags, in its order.
const OPEN_BITS: &[(u64, &str)] = &[
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
    (O_NOFOLLOW, "O_NOFOLLOW"),
    (O_NOATIME, "O_NOATIME"),
    (O_CLOEXEC, "O_CLOEXEC"),
    (O_PATH, "O_PATH"),
    // O_TMPFILE before its parts, as strace lists it.
    (O_TMPFILE, "O_TMPFILE"),
    (__O_TMPFILE, "__O_TMPFILE"),
    (O_DIRECTORY, "O_DIRECTORY"),
    (FASYNC, "FASYNC"),
];

/// tprint_open_modes: the access mode, then the other bits.
fn open_flags(v: u64) -> String {
    let acc = match v & O_ACCMODE {
        O_RDONLY => "O_RDONLY",
        O_WRONLY => "O_WRONLY",
        O_RDWR => "O_RDWR",
        _ => "O_ACCMODE",
    };
    match v & !O_ACCMODE {
        0 => acc.into(),
        rest => format!("{acc}|{}", flags(rest, OPEN_BITS, None)),
    }
}

/// strace's personality_types and personality_flags.
const PER_TYPES: &[(u64, &str)] = &[
    (0x0000, "PER_LINUX"),
    (0x0006, "PER_BSD"),
    (0x0008, "PER_LINUX32"),
    (0x000c, "PER_RISCOS"),
    (0x000f, "PER_OSF4"),
    (0x0010, "PER_HPUX"),
    (0x00ff, "PER_MASK"),
];
const PER_FLAGS: &[(u64, &str)] = &[
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
];

/// strace's personality decoder (src/personality.c): the type's name by
/// its low byte, then the flags; 0xffffffff (a query) in hex.
fn persona(v: u64) -> String {
    let v = v & 0xffff_ffff;
    if v == 0xffff_ffff {
        return "0xffffffff".into();
    }
    let mut out = xval(v & 0xff, PER_TYPES, "PER_???");
    if v & !0xff != 0 {
        out.push('|');
        out.push_str(&flags(v & !0xff, PER_FLAGS, None));
    }
    out
}

/// strace's fcntlcmds (the x86-64 values).
const FCNTL_CMDS: &[(u64, &str)] = &[
    (0, "F_DUPFD"),
    (1, "F_GETFD"),
    (2, "F_SETFD"),
    (3, "F_GETFL"),
    (4, "F_SETFL"),
    (F_GETLK, "F_GETLK"),
    (F_SETLK, "F_SETLK"),
    (F_SETLKW, "F_SETLKW"),
    (8, "F_SETOWN"),
    (9, "F_GETOWN"),
    (10, "F_SETSIG"),
    (11, "F_GETSIG"),
    (15, "F_SETOWN_EX"),
    (16, "F_GETOWN_EX"),
    (17, "F_GETOWNER_UIDS"),
    (36, "F_OFD_GETLK"),
    (37, "F_OFD_SETLK"),
    (38, "F_OFD_SETLKW"),
    (1024, "F_SETLEASE"),
    (1025, "F_GETLEASE"),
    (1026, "F_NOTIFY"),
    (1027, "F_DUPFD_QUERY"),
    (1028, "F_CREATED_QUERY"),
    (1029, "F_CANCELLK"),
    (1030, "F_DUPFD_CLOEXEC"),
    (1031, "F_SETPIPE_SZ"),
    (1032, "F_GETPIPE_SZ"),
    (1033, "F_ADD_SEALS"),
    (1034, "F_GET_SEALS"),
];

/// strace's madvise_cmds with the generic ones (x86-64).
const MADVISE: &[(u64, &str)] = &[
    (0, "MADV_NORMAL"),
    (1, "MADV_RANDOM"),
    (2, "MADV_SEQUENTIAL"),
    (3, "MADV_WILLNEED"),
    (4, "MADV_DONTNEED"),
    (8, "MADV_FREE"),
    (9, "MADV_REMOVE"),
    (10, "MADV_DONTFORK"),
    (11, "MADV_DOFORK"),
    (12, "MADV_MERGEABLE"),
    (13, "MADV_UNMERGEABLE"),
    (14, "MADV_HUGEPAGE"),
    (15, "MADV_NOHUGEPAGE"),
    (16, "MADV_DONTDUMP"),
    (17, "MADV_DODUMP"),
    (18, "MADV_WIPEONFORK"),
    (19, "MADV_KEEPONFORK"),
    (20, "MADV_COLD"),
    (21, "MADV_PAGEOUT"),
    (22, "MADV_POPULATE_READ"),
    (23, "MADV_POPULATE_WRITE"),
    (24, "MADV_DONTNEED_LOCKED"),
    (25, "MADV_COLLAPSE"),
    (100, "MADV_HWPOISON"),
    (101, "MADV_SOFT_OFFLINE"),
    (102, "MADV_GUARD_INSTALL"),
    (103, "MADV_GUARD_REMOVE"),
];

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
        Decode::Hex => write!(out, "{}", hex(v)),
        Decode::Prot => write!(out, "{}", flags(v, PROT, Some("PROT_???"))),
        Decode::MapFlags => write!(out, "{}", map_flags(v)),
        Decode::OpenFlags => write!(out, "{}", open_flags(v)),
        // `%#03o`: 000, 0644.
        Decode::Mode => write!(out, "0{:02o}", v),
        Decode::DirFd if v as u32 as i32 == -100 => write!(out, "AT_FDCWD"),
        Decode::DirFd => write!(out, "{}", v as u32 as i32),
        Decode::MremapFlags => write!(
            out,
            "{}",
            flags(
                v,
                &[
                    (MREMAP_MAYMOVE, "MREMAP_MAYMOVE"),
                    (MREMAP_FIXED, "MREMAP_FIXED"),
                    (MREMAP_DONTUNMAP, "MREMAP_DONTUNMAP"),
                ],
                Some("MREMAP_???"),
            )
        ),
        Decode::MlockallFlags => write!(
            out,
            "{}",
            flags(
                v,
                &[
                    (MCL_CURRENT, "MCL_CURRENT"),
                    (MCL_FUTURE, "MCL_FUTURE"),
                    (MCL_ONFAULT, "MCL_ONFAULT"),
                ],
                Some("MCL_???"),
            )
        ),
        Decode::Mlock2Flags => write!(
            out,
            "{}",
            flags(v, &[(1, "MLOCK_ONFAULT")], Some("MLOCK_???"))
        ),
        Decode::MemfdFlags => write!(out, "{}", memfd_flags(v & 0xffff_ffff)),
        Decode::MsyncFlags => write!(
            out,
            "{}",
            flags(
                v & 0xffff_ffff,
                // strace's order (xlat/msync_flags.in).
                &[
                    (MS_SYNC, "MS_SYNC"),
                    (MS_ASYNC, "MS_ASYNC"),
                    (MS_INVALIDATE, "MS_INVALIDATE"),
                ],
                Some("MS_???"),
            )
        ),
        Decode::PrctlOption => write!(
            out,
            "{}",
            xval(
                v & 0xffff_ffff,
                &[
                    (PR_SET_MDWE, "PR_SET_MDWE"),
                    (PR_GET_MDWE, "PR_GET_MDWE"),
                    (PR_SET_VMA, "PR_SET_VMA"),
                ],
                "PR_???"
            )
        ),
        Decode::Persona => write!(out, "{}", persona(v)),
        Decode::FcntlCmd => write!(out, "{}", xval(v & 0xffff_ffff, FCNTL_CMDS, "F_???")),
        Decode::Madvise => write!(out, "{}", xval(v & 0xffff_ffff, MADVISE, "MADV_???")),
        Decode::Resource => write!(out, "{}", resource_name(v)),
        Decode::Vector if v == 0 => write!(out, "NULL"),
        Decode::Vector => write!(out, "{v:#x}"),
        Decode::IpcKey if v as u32 == 0 => write!(out, "IPC_PRIVATE"),
        Decode::IpcKey => write!(out, "{:#x}", v as u32),
        Decode::ShmgetFlags => write!(out, "{}", shmget_flags(v as u32 as u64)),
        Decode::ShmatFlags => write!(
            out,
            "{}",
            flags(v as u32 as u64, SHMAT_BITS, Some("SHM_???"))
        ),
        Decode::ShmctlCmd => write!(out, "{}", shmctl_cmd(v as u32 as u64)),
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
        ArgValue::Vector { .. } => vector(a),
    }
}

/// `[1, 0, ...]`
pub fn vector(a: &ArgValue) -> String {
    match a {
        ArgValue::Vector { entries, more } => crate::uapi::calls::vector_text(entries, *more),
        other => shaped(other),
    }
}

/// `mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)`
pub fn call(id: CallId, args: &[ArgValue]) -> String {
    let mut out = String::new();
    write_call(&mut out, id, args);
    out
}

/// [`call`], appended to `out`. The arguments strace leaves out are left
/// out: open's mode without O_CREAT or O_TMPFILE, mremap's new address
/// without MREMAP_MAYMOVE|MREMAP_FIXED, fcntl's argument for the commands
/// that take none.
pub fn write_call(out: &mut String, id: CallId, args: &[ArgValue]) {
    let spec = id.spec();
    let num = |i: usize| args.get(i).map(ArgValue::num);
    let shown = match id {
        CallId::Open | CallId::Openat => {
            let flags_at = if id == CallId::Open { 1 } else { 2 };
            if num(flags_at).is_some_and(|f| f & (O_CREAT | __O_TMPFILE) != 0) {
                args.len()
            } else {
                args.len().min(flags_at + 1)
            }
        }
        CallId::Mremap
            if num(3).is_some_and(|f| {
                f & (MREMAP_MAYMOVE | MREMAP_FIXED) != MREMAP_MAYMOVE | MREMAP_FIXED
            }) =>
        {
            args.len().min(4)
        }
        CallId::Fcntl if num(1).is_some_and(|cmd| FCNTL_NO_ARG.contains(&(cmd & 0xffff_ffff))) => {
            args.len().min(2)
        }
        _ => args.len(),
    };
    out.push_str(spec.name);
    out.push('(');
    for (i, a) in args.iter().take(shown).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match (id, i, a) {
            (CallId::Fcntl, 2, ArgValue::Num(v)) => {
                out.push_str(&fcntl_arg(num(1).unwrap_or(0), *v));
            }
            // PR_SET_VMA's sub-option, length and name (strace 6.1).
            (CallId::Prctl, 1..=4, a) if num(0).is_some_and(|o| o & 0xffff_ffff == PR_SET_VMA) => {
                let anon_name = num(1) == Some(PR_SET_VMA_ANON_NAME);
                match (i, a) {
                    (1, ArgValue::Num(v)) => out.push_str(&xval(
                        *v,
                        &[(PR_SET_VMA_ANON_NAME, "PR_SET_VMA_ANON_NAME")],
                        "PR_SET_VMA_???",
                    )),
                    (3, ArgValue::Num(v)) if anon_name => out.push_str(&v.to_string()),
                    (4, ArgValue::Num(0)) if anon_name => out.push_str("NULL"),
                    (_, ArgValue::Num(v)) => out.push_str(&hex(*v)),
                    (_, a) => out.push_str(&shaped(a)),
                }
            }
            // PR_SET_MDWE's bits by name (strace 6.3+).
            (CallId::Prctl, 1, ArgValue::Num(v))
                if num(0).is_some_and(|o| o & 0xffff_ffff == PR_SET_MDWE) =>
            {
                out.push_str(&flags(
                    *v,
                    &[
                        (PR_MDWE_REFUSE_EXEC_GAIN, "PR_MDWE_REFUSE_EXEC_GAIN"),
                        (PR_MDWE_NO_INHERIT, "PR_MDWE_NO_INHERIT"),
                    ],
                    Some("PR_MDWE_???"),
                ));
            }
            _ => arg(out, spec.decode(i), a),
        }
    }
    out.push(')');
}

/// The fcntl commands strace prints without an argument: F_GETFD,
/// F_GETFL, F_GETOWN, F_GETSIG, F_GETLEASE, F_GETPIPE_SZ, F_GET_SEALS.
const FCNTL_NO_ARG: [u64; 7] = [1, 3, 9, 11, 1025, 1032, 1034];

/// fcntl's third argument as strace's print_fcntl prints it for `cmd`.
fn fcntl_arg(cmd: u64, v: u64) -> String {
    match cmd & 0xffff_ffff {
        // A struct flock pointer.
        F_GETLK | F_SETLK | F_SETLKW | 36..=38 => {
            if v == 0 {
                "NULL".into()
            } else {
                format!("{v:#x}")
            }
        }
        F_SETFD => flags(v, &[(FD_CLOEXEC, "FD_CLOEXEC")], Some("FD_???")),
        F_ADD_SEALS => flags(v, SEALS, Some("F_SEAL_???")),
        F_SETFL => open_flags(v),
        // F_SETLEASE
        1024 => xval(
            v,
            &[
                (F_RDLCK, "F_RDLCK"),
                (F_WRLCK, "F_WRLCK"),
                (F_UNLCK, "F_UNLCK"),
            ],
            "F_???",
        ),
        // Descriptors, pids and sizes: F_DUPFD, F_DUPFD_CLOEXEC, F_SETOWN,
        // F_SETPIPE_SZ.
        F_DUPFD | F_DUPFD_CLOEXEC | 8 | 1027 | 1031 => (v as i64).to_string(),
        _ => hex(v),
    }
}

/// ` = 0x7ffff7ffe000`, ` = 3`, ` = -1 EACCES (Permission denied)`
pub fn result(id: CallId, r: &Result<u64, Refusal>) -> String {
    let mut out = String::new();
    write_result(&mut out, id, r);
    out
}

/// A `read` or `write` statement as the transcript prints it (the length
/// when it is not 1), so that it reads back.
pub fn touch(access: crate::uapi::Access, addr: u64, len: u64) -> String {
    if len == 1 {
        format!("{} {}", access.name(), hex(addr))
    } else {
        format!("{} {} {len}", access.name(), hex(addr))
    }
}

/// What a touch ended in: `ok`, `SIGSEGV SEGV_ACCERR`, `SIGBUS BUS_ADRERR`
/// (or, for an access the model does not decide, its error).
pub fn touch_result(r: &Result<u64, Refusal>) -> String {
    match r {
        Err(e) if crate::engine::fault::signal_of(e.check).is_none() => {
            let errno = e.errno();
            format!(
                "-1 {} ({})",
                errno_name(errno).unwrap_or("E?"),
                errno_text(errno).unwrap_or("Unknown error")
            )
        }
        _ => crate::engine::fault::outcome(r).show(),
    }
}

/// [`result`] for a call whose arguments shape its result: fcntl's
/// F_GET_SEALS prints `0x9 (seals F_SEAL_SEAL|F_SEAL_WRITE)`.
pub fn call_result(id: CallId, args: &[ArgValue], r: &Result<u64, Refusal>) -> String {
    let mut out = String::new();
    write_call_result(&mut out, id, args, r);
    out
}

/// [`call_result`], appended to `out`.
pub fn write_call_result(
    out: &mut String,
    id: CallId,
    args: &[ArgValue],
    r: &Result<u64, Refusal>,
) {
    let get_seals = id == CallId::Fcntl
        && args
            .get(1)
            .is_some_and(|c| c.num() & 0xffff_ffff == F_GET_SEALS);
    match r {
        Ok(v) if get_seals && *v != 0 => {
            let _ = write!(out, "{} (seals {})", hex(*v), flags(*v, SEALS, None));
        }
        _ => write_result(out, id, r),
    }
}

/// [`result`], appended to `out`.
pub fn write_result(out: &mut String, id: CallId, r: &Result<u64, Refusal>) {
    let _ = match r {
        Ok(v) => match id.spec().result {
            ResultStyle::Addr => write!(out, "{}", hex(*v)),
            ResultStyle::Persona => write!(out, "{} ({})", hex(*v), persona(*v)),
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
