//! POSIX locks (fs/locks.c) as far as mandatory locking needs them:
//! fcntl(F_SETLK/F_SETLKW/F_GETLK) and locks_verify_locked.

use super::checks;
use super::ctx::Ctx;
use super::fs::{FMODE_PATH, FileId, InodeId, PosixLock};
use super::refusal::{Fact, KResult, Refusal, refuse};
use crate::uapi::*;

/// OFFSET_MAX: the end of a lock that runs "to the end of the file".
pub const OFFSET_MAX: u64 = i64::MAX as u64;

/// struct flock as a scenario writes it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flock {
    pub l_type: u64,
    pub l_whence: u64,
    pub l_start: u64,
    pub l_len: u64,
}

/// mandatory_lock (include/linux/fs.h): a `mand` mount and setgid without group-exec.
fn mandatory_lock(cx: &Ctx, inode: InodeId) -> bool {
    let vfs = &cx.world.vfs;
    let i = vfs.inode(inode);
    vfs.inode_mount(inode).is_some_and(|m| m.opts.mand) && i.mode & 0o2010 == 0o2000
}

/// locks_verify_locked → locks_mandatory_locked (fs/locks.c:1256-1281): any
/// POSIX lock held by another owner blocks a shared mapping.
pub fn mandatory_lock_conflict(cx: &Ctx, file: FileId) -> bool {
    let inode = cx.world.vfs.file(file).inode;
    mandatory_lock(cx, inode) && others_lock(cx, inode, 0, u64::MAX)
}

/// Whether a POSIX lock of another owner covers any byte of [start, end].
fn others_lock(cx: &Ctx, inode: InodeId, start: u64, end: u64) -> bool {
    cx.world
        .vfs
        .inode(inode)
        .locks
        .iter()
        .any(|l| l.owner != cx.task.pid && l.start <= end && start <= l.end)
}

/// locks_verify_truncate → locks_mandatory_area (fs/locks.c, 4.12): on a
/// file under mandatory locking, a lock of another owner on the bytes
/// between the old and the new size blocks the truncation (EAGAIN: the
/// caller would wait for a blocking descriptor; the model's do not block).
pub fn truncate_conflict(cx: &Ctx, inode: InodeId, new_size: u64) -> bool {
    let old = cx.world.vfs.inode(inode).size;
    let (start, len) = if new_size < old {
        (new_size, old - new_size)
    } else {
        (old, new_size - old)
    };
    let end = start.saturating_add(len).saturating_sub(1);
    mandatory_lock(cx, inode) && others_lock(cx, inode, start, end)
}

/// flock64_to_posix_lock (fs/locks.c:447-492, called by flock_to_posix_lock :497-508): the byte range [start, end].
fn flock_to_range(cx: &Ctx, file: FileId, fl: &Flock) -> KResult<(u64, u64)> {
    let size = cx.world.vfs.file_inode(file).size as i128;
    let base: i128 = match fl.l_whence {
        SEEK_SET | SEEK_CUR => 0, // f_pos is 0: the model never reads or seeks
        SEEK_END => size,
        _ => return refuse(&checks::FCNTL_BAD_WHENCE),
    };
    if fl.l_start as i64 as i128 > OFFSET_MAX as i128 - base {
        return refuse(&checks::FCNTL_START_OVERFLOW);
    }
    let mut start = base + fl.l_start as i64 as i128;
    if start < 0 {
        return refuse(&checks::FCNTL_BAD_START);
    }
    let len = fl.l_len as i64 as i128;
    let end;
    if len > 0 {
        if len - 1 > OFFSET_MAX as i128 - start {
            return refuse(&checks::FCNTL_LOCK_OVERFLOW);
        }
        end = start + len - 1;
    } else if len < 0 {
        if start + len < 0 {
            return refuse(&checks::FCNTL_BAD_NEG_LEN);
        }
        end = start - 1;
        start += len;
    } else {
        end = OFFSET_MAX as i128;
    }
    Ok((start as u64, end as u64))
}

/// The commands of do_fcntl (fs/fcntl.c:246-344) besides the POSIX locks,
/// and whether they are newer than 4.12 (F_DUPFD_QUERY 6.10,
/// F_CREATED_QUERY 6.12; `Profile::fcntl_query_cmds`).
const OTHER_FCNTL_CMDS: &[(u64, &str, bool)] = &[
    (F_DUPFD, "fcntl F_DUPFD", false),
    (F_DUPFD_CLOEXEC, "fcntl F_DUPFD_CLOEXEC", false),
    (F_GETFD, "fcntl F_GETFD", false),
    (F_SETFD, "fcntl F_SETFD", false),
    (F_GETFL, "fcntl F_GETFL", false),
    (F_SETFL, "fcntl F_SETFL", false),
    (F_OFD_GETLK, "fcntl F_OFD_GETLK", false),
    (F_OFD_SETLK, "fcntl F_OFD_SETLK", false),
    (F_OFD_SETLKW, "fcntl F_OFD_SETLKW", false),
    (F_GETOWN, "fcntl F_GETOWN", false),
    (F_SETOWN, "fcntl F_SETOWN", false),
    (F_GETOWN_EX, "fcntl F_GETOWN_EX", false),
    (F_SETOWN_EX, "fcntl F_SETOWN_EX", false),
    (F_GETOWNER_UIDS, "fcntl F_GETOWNER_UIDS", false),
    (F_GETSIG, "fcntl F_GETSIG", false),
    (F_SETSIG, "fcntl F_SETSIG", false),
    (F_GETLEASE, "fcntl F_GETLEASE", false),
    (F_SETLEASE, "fcntl F_SETLEASE", false),
    (F_NOTIFY, "fcntl F_NOTIFY", false),
    (F_SETPIPE_SZ, "fcntl F_SETPIPE_SZ", false),
    (F_GETPIPE_SZ, "fcntl F_GETPIPE_SZ", false),
    (F_DUPFD_QUERY, "fcntl F_DUPFD_QUERY", true),
    (F_CREATED_QUERY, "fcntl F_CREATED_QUERY", true),
];

/// check_fcntl_cmd (fs/fcntl.c:346-357): what an O_PATH descriptor may ask.
/// (6.18 adds F_DUPFD_QUERY and F_CREATED_QUERY, which the model does not have.)
fn check_fcntl_cmd(cmd: u64) -> bool {
    matches!(cmd, F_DUPFD | F_DUPFD_CLOEXEC | F_GETFD | F_SETFD | F_GETFL)
}

/// fcntl(fd, F_SETLK/F_SETLKW/F_GETLK, &flock) (fs/fcntl.c:359-380, do_fcntl :246-344;
/// fcntl_getlk fs/locks.c:2089-2133, fcntl_setlk :2220-2312).
pub fn sys_fcntl_lock(cx: &mut Ctx, fd: u64, cmd: u64, arg: u64, fl: &Flock) -> KResult<u64> {
    let Some(file) = cx.task.fd_file(fd) else {
        return Err(Refusal::new(&checks::FCNTL_BAD_FD).with("fd", Fact::Dec(fd as u32 as u64)));
    };
    // fs/fcntl.c:367-370: fdget_raw finds an O_PATH descriptor, but it allows
    // only check_fcntl_cmd's commands (fs/fcntl.c:346-357), never a lock.
    if cx.world.vfs.file(file).fmode & FMODE_PATH != 0 && !check_fcntl_cmd(cmd) {
        return Err(Refusal::new(&checks::FCNTL_PATH_FD).with("fd", Fact::Dec(fd as u32 as u64)));
    }
    // fs/fcntl.c do_fcntl: the seal commands go to the file's seals
    // (shmem_fcntl in 4.12, memfd_fcntl in 6.x).
    if matches!(cmd & 0xffff_ffff, F_ADD_SEALS | F_GET_SEALS) {
        return super::memfd::memfd_fcntl(cx, file, cmd & 0xffff_ffff, arg);
    }
    if !matches!(cmd, F_SETLK | F_SETLKW | F_GETLK) {
        // do_fcntl's other commands (fs/fcntl.c:246-344) are valid; the
        // model answers them as not modelled rather than claim an errno.
        let queries = cx.world.profile().fcntl_query_cmds;
        return Err(
            match OTHER_FCNTL_CMDS
                .iter()
                .find(|(c, _, newer)| *c == cmd && (queries || !newer))
            {
                Some((_, name, _)) => {
                    Refusal::new(&checks::NOT_MODELLED).with("call", Fact::Text(name))
                }
                None => Refusal::new(&checks::FCNTL_BAD_CMD).with("cmd", Fact::Dec(cmd)),
            },
        );
    }
    let inode = cx.world.vfs.file(file).inode;
    let path = cx.world.vfs.inode(inode).path.clone();
    if cmd == F_GETLK {
        // fcntl_getlk: F_UNLCK and unknown types are refused before the range.
        if !matches!(fl.l_type, F_RDLCK | F_WRLCK) {
            return refuse(&checks::FCNTL_GETLK_BAD_TYPE);
        }
        flock_to_range(cx, file, fl)?;
        return Ok(0);
    }
    // fs/locks.c:2244: no mandatory locks on files with shared writable mappings.
    if cx.world.profile().mandatory_locking
        && mandatory_lock(cx, inode)
        && cx.world.vfs.inode(inode).mmap_writable > 0
    {
        return Err(Refusal::new(&checks::FCNTL_MAND_MAPPED).with("path", Fact::Path(path)));
    }
    let (start, end) = flock_to_range(cx, file, fl)?;
    // assign_type comes last in flock_to_posix_lock.
    if !matches!(fl.l_type, F_RDLCK | F_WRLCK | F_UNLCK) {
        return refuse(&checks::FCNTL_BAD_LOCK);
    }
    let fmode = cx.world.vfs.file(file).fmode;
    // check_fmode_for_setlk (fs/locks.c:2202-2215)
    match fl.l_type {
        F_RDLCK if fmode & super::fs::FMODE_READ == 0 => {
            return Err(Refusal::new(&checks::FCNTL_LOCK_MODE)
                .with("lock", Fact::Text("read"))
                .with("fd", Fact::Dec(fd))
                .with("need", Fact::Text("reading")));
        }
        F_WRLCK if fmode & super::fs::FMODE_WRITE == 0 => {
            return Err(Refusal::new(&checks::FCNTL_WRLOCK_MODE)
                .with("lock", Fact::Text("write"))
                .with("fd", Fact::Dec(fd))
                .with("need", Fact::Text("writing")));
        }
        F_RDLCK | F_WRLCK | F_UNLCK => {}
        _ => return refuse(&checks::FCNTL_BAD_LOCK),
    }
    let owner = cx.task.pid;
    let write = fl.l_type == F_WRLCK;
    let locks = &mut cx.world.vfs.inode_mut(inode).locks;
    // fs/locks.c:1023-1031 (posix_lock_inode): a conflicting lock of another owner.
    if fl.l_type != F_UNLCK
        && locks
            .iter()
            .any(|l| l.owner != owner && l.start <= end && start <= l.end && (l.write || write))
    {
        // F_SETLKW would sleep; the model answers as F_SETLK does.
        return Err(Refusal::new(&checks::FCNTL_CONFLICT).with("path", Fact::Path(path)));
    }
    // The owner's locks in the range are replaced (split where they stick out).
    let mut kept = Vec::with_capacity(locks.len() + 2);
    for l in locks.drain(..) {
        if l.owner != owner || l.end < start || end < l.start {
            kept.push(l);
            continue;
        }
        if l.start < start {
            kept.push(PosixLock {
                end: start - 1,
                ..l
            });
        }
        if l.end > end {
            kept.push(PosixLock {
                start: end + 1,
                ..l
            });
        }
    }
    if fl.l_type != F_UNLCK {
        kept.push(PosixLock {
            owner,
            write,
            start,
            end,
        });
    }
    *locks = kept;
    cx.trace.step(
        "posix_lock_inode",
        if fl.l_type == F_UNLCK {
            "lock released"
        } else {
            "lock taken"
        },
    );
    Ok(0)
}

/// locks_remove_posix on close: a process's locks on the file go with any of its descriptors.
pub fn locks_remove_posix(cx: &mut Ctx, file: FileId) {
    let owner = cx.task.pid;
    let inode = cx.world.vfs.file(file).inode;
    cx.world
        .vfs
        .inode_mut(inode)
        .locks
        .retain(|l| l.owner != owner);
}
