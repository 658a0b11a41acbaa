//! open, openat and close (fs/open.c, fs/namei.c, fs/file.c) with the checks
//! that decide a descriptor's f_mode.

use super::checks;
use super::ctx::Ctx;
use super::fs::{FMODE_PATH, FMODE_READ, FMODE_WRITE, InodeId, InodeKind, Vfs, normalize};
use super::locks::locks_remove_posix;
use super::refusal::{Fact, KResult, Refusal};
use crate::uapi::*;

const MAY_EXEC: u32 = 1;
const MAY_WRITE: u32 = 2;
const MAY_READ: u32 = 4;
/// The process umask (022, as a login shell sets it).
pub const UMASK: u32 = 0o022;

fn path_fact(p: &str) -> Fact {
    Fact::Path(p.to_string())
}

/// generic_permission (fs/namei.c:290-350) for an inode and MAY_* mask.
fn generic_permission(cx: &Ctx, inode: InodeId, mask: u32) -> bool {
    let i = cx.world.vfs.inode(inode);
    let t = &cx.task;
    let bits = if t.uid == i.uid {
        i.mode >> 6
    } else if t.gid == i.gid {
        i.mode >> 3
    } else {
        i.mode
    } & 7;
    if mask & !bits & 7 == 0 {
        return true;
    }
    if i.kind == InodeKind::Dir {
        if mask & MAY_WRITE == 0 && t.capable(CAP_DAC_READ_SEARCH) {
            return true;
        }
        return t.capable(CAP_DAC_OVERRIDE);
    }
    if mask == MAY_READ && t.capable(CAP_DAC_READ_SEARCH) {
        return true;
    }
    // Exec is only overridable when some exec bit is set.
    (mask & MAY_EXEC == 0 || i.mode & 0o111 != 0) && t.capable(CAP_DAC_OVERRIDE)
}

fn access_words(mask: u32) -> &'static str {
    match mask & 7 {
        MAY_READ => "read",
        MAY_WRITE => "write",
        m if m == MAY_READ | MAY_WRITE => "read and write",
        _ => "search",
    }
}

fn eacces(cx: &Ctx, inode: InodeId, mask: u32) -> Refusal {
    let i = cx.world.vfs.inode(inode);
    Refusal::new(&checks::OPEN_EACCES)
        .with("path", path_fact(&i.path))
        .with("mode", Fact::Path(format!("{:04o}", i.mode)))
        .with("owner", Fact::Path(format!("{}:{}", i.uid, i.gid)))
        .with("uid", Fact::Dec(cx.task.uid as u64))
        .with("access", Fact::Text(access_words(mask)))
}

/// inode_permission (fs/namei.c:410-445): read-only fs, immutable, then DAC.
fn inode_permission(cx: &Ctx, inode: InodeId, mask: u32) -> KResult<()> {
    let vfs = &cx.world.vfs;
    let i = vfs.inode(inode);
    if mask & MAY_WRITE != 0 {
        let writable_kind = matches!(i.kind, InodeKind::Regular | InodeKind::Dir);
        if writable_kind && vfs.inode_mount(inode).is_some_and(|m| m.ro) {
            return Err(Refusal::new(&checks::OPEN_EROFS).with("path", path_fact(&i.path)));
        }
        if i.immutable {
            return Err(Refusal::new(&checks::OPEN_IMMUTABLE).with("path", path_fact(&i.path)));
        }
    }
    if generic_permission(cx, inode, mask) {
        Ok(())
    } else {
        Err(eacces(cx, inode, mask))
    }
}

/// The walk to the parent: every declared directory on the way must be
/// searchable; a non-directory on the way is ENOTDIR, a missing one ENOENT.
fn walk_parent(cx: &Ctx, path: &str) -> KResult<()> {
    let vfs = &cx.world.vfs;
    let parent = Vfs::parent(path);
    let mut cur = String::new();
    for part in parent.split('/').filter(|s| !s.is_empty()) {
        cur.push('/');
        cur.push_str(part);
        if let Some(id) = vfs.lookup(&cur) {
            if vfs.inode(id).kind != InodeKind::Dir {
                return Err(Refusal::new(&checks::OPEN_WALK_ENOTDIR).with("path", path_fact(&cur)));
            }
            if !generic_permission(cx, id, MAY_EXEC) {
                return Err(eacces(cx, id, MAY_EXEC));
            }
        } else if !vfs.is_dir_path(&cur) {
            return Err(Refusal::new(&checks::OPEN_PARENT_ENOENT).with("path", path_fact(&cur)));
        }
    }
    Ok(())
}

/// f_mode from the access mode: OPEN_FMODE(flags) = (flags + 1) & O_ACCMODE.
fn open_fmode(flags: u64) -> u32 {
    match (flags + 1) & O_ACCMODE {
        1 => FMODE_READ,
        2 => FMODE_WRITE,
        3 => FMODE_READ | FMODE_WRITE,
        _ => 0,
    }
}

/// openat(dirfd, path, flags, mode) (fs/open.c:1050 do_sys_open and fs/namei.c path_openat).
pub fn sys_openat(cx: &mut Ctx, dirfd: u64, path: &str, flags: u64, mode: u64) -> KResult<u64> {
    // Relative paths resolve against the cwd (/) or the directory fd.
    let full = if path.starts_with('/') || dirfd as i32 as i64 == AT_FDCWD as i64 {
        normalize(path)
    } else {
        let Some(f) = cx.task.fd_file(dirfd) else {
            return Err(
                Refusal::new(&checks::FCNTL_BAD_FD).with("fd", Fact::Dec(dirfd as u32 as u64))
            );
        };
        let dir = cx.world.vfs.file_inode(f).path.clone();
        normalize(&format!("{dir}/{path}"))
    };
    if path.is_empty() {
        return Err(Refusal::new(&checks::OPEN_ENOENT).with("path", path_fact("\"\"")));
    }
    // build_open_flags (fs/open.c:888-990)
    let o_path = flags & O_PATH != 0;
    let flags = if o_path {
        flags & (O_DIRECTORY | O_NOFOLLOW | O_PATH | O_CLOEXEC)
    } else {
        flags
    };
    let mut acc = match flags & O_ACCMODE {
        0 => MAY_READ,
        1 => MAY_WRITE,
        _ => MAY_READ | MAY_WRITE,
    };
    if flags & O_TRUNC != 0 {
        acc |= MAY_WRITE;
    }
    walk_parent(cx, &full)?;
    // A trailing slash asks for a directory (LOOKUP_DIRECTORY); with O_CREAT
    // do_last refuses it outright (fs/namei.c:3309).
    let trailing = path.len() > 1 && path.ends_with('/');
    if trailing && flags & O_CREAT != 0 {
        return Err(Refusal::new(&checks::OPEN_CREAT_TRAILING_SLASH).with("path", path_fact(&full)));
    }
    let want_dir = flags & O_DIRECTORY != 0 || trailing;
    let existing = cx.world.vfs.lookup(&full).or_else(|| {
        // Implicit directories (parents of declared paths, mount points) exist too.
        cx.world.vfs.is_dir_path(&full).then_some(u32::MAX)
    });
    let inode = match existing {
        Some(id) if id != u32::MAX => id,
        Some(_) => {
            // An implicit directory: materialise it as root-owned 0755.
            cx.world.vfs.add_inode(&full, InodeKind::Dir, 0o755, 0, 0)
        }
        None => {
            if o_path || flags & O_CREAT == 0 {
                return Err(Refusal::new(&checks::OPEN_ENOENT).with("path", path_fact(&full)));
            }
            // lookup_open (fs/namei.c:3085-3110): EROFS first, then may_o_create.
            let parent = Vfs::parent(&full);
            let mount = cx.world.vfs.mount_of(&full);
            if cx.world.vfs.mounts[mount as usize].ro {
                return Err(
                    Refusal::new(&checks::OPEN_CREATE_EROFS).with("path", path_fact(&parent))
                );
            }
            if let Some(dir) = cx.world.vfs.lookup(&parent)
                && !generic_permission(cx, dir, MAY_WRITE | MAY_EXEC)
            {
                return Err(
                    Refusal::new(&checks::OPEN_CREATE_EACCES).with("path", path_fact(&parent))
                );
            }
            if cx.world.vfs.lookup(&parent).is_none()
                && cx.task.uid != 0
                && !cx.task.capable(CAP_DAC_OVERRIDE)
            {
                // Implicit directories are root's, mode 0755.
                return Err(
                    Refusal::new(&checks::OPEN_CREATE_EACCES).with("path", path_fact(&parent))
                );
            }
            let (uid, gid) = (cx.task.uid, cx.task.gid);
            let id = cx.world.vfs.add_inode(
                &full,
                InodeKind::Regular,
                (mode as u32) & 0o7777 & !UMASK,
                uid,
                gid,
            );
            cx.trace.step(
                "do_last",
                "O_CREAT: created a new file; its permissions are not checked for this open",
            );
            let fmode = open_fmode(flags);
            let file = cx.world.vfs.open_file(id, fmode, flags);
            return Ok(cx.task.install_fd(file));
        }
    };
    let kind = cx.world.vfs.inode(inode).kind;
    if o_path {
        if want_dir && kind != InodeKind::Dir {
            return Err(Refusal::new(&checks::OPEN_ENOTDIR).with("path", path_fact(&full)));
        }
        let file = cx.world.vfs.open_file(inode, FMODE_PATH, flags);
        cx.trace.step(
            "do_o_path",
            "O_PATH: a path-only descriptor, no permission checks",
        );
        return Ok(cx.task.install_fd(file));
    }
    // do_last (fs/namei.c:3310-3370)
    if flags & (O_CREAT | O_EXCL) == O_CREAT | O_EXCL {
        return Err(Refusal::new(&checks::OPEN_EXISTS).with("path", path_fact(&full)));
    }
    if flags & O_CREAT != 0 && kind == InodeKind::Dir {
        return Err(Refusal::new(&checks::OPEN_EISDIR_CREAT).with("path", path_fact(&full)));
    }
    if want_dir && kind != InodeKind::Dir {
        return Err(Refusal::new(&checks::OPEN_ENOTDIR).with("path", path_fact(&full)));
    }
    // will_truncate: mnt_want_write comes before may_open.
    if flags & O_TRUNC != 0
        && kind == InodeKind::Regular
        && cx.world.vfs.inode_mount(inode).is_some_and(|m| m.ro)
    {
        return Err(Refusal::new(&checks::OPEN_EROFS).with("path", path_fact(&full)));
    }
    // may_open (fs/namei.c:2895-2940)
    match kind {
        InodeKind::Dir if acc & MAY_WRITE != 0 => {
            return Err(Refusal::new(&checks::OPEN_EISDIR_WRITE).with("path", path_fact(&full)));
        }
        InodeKind::CharDev(_) if cx.world.vfs.inode_mount(inode).is_some_and(|m| m.nodev) => {
            return Err(Refusal::new(&checks::OPEN_NODEV).with("path", path_fact(&full)));
        }
        _ => {}
    }
    let truncating = flags & O_TRUNC != 0 && kind == InodeKind::Regular;
    inode_permission(cx, inode, acc)?;
    let i = cx.world.vfs.inode(inode);
    if i.append && (flags & O_ACCMODE != O_RDONLY && flags & O_APPEND == 0 || truncating) {
        return Err(Refusal::new(&checks::OPEN_APPEND_EPERM).with("path", path_fact(&full)));
    }
    if flags & O_NOATIME != 0 && cx.task.uid != i.uid && !cx.task.capable(CAP_FOWNER) {
        return Err(Refusal::new(&checks::OPEN_NOATIME).with("path", path_fact(&full)));
    }
    if truncating {
        cx.world.vfs.inode_mut(inode).size = 0;
    }
    let fmode = open_fmode(flags);
    let file = cx.world.vfs.open_file(inode, fmode, flags);
    let fd = cx.task.install_fd(file);
    cx.trace
        .value("do_sys_open", "a new open file description; descriptor", fd);
    Ok(fd)
}

/// close(fd) (fs/file.c:606-625): also drops the process's POSIX locks on the file.
pub fn sys_close(cx: &mut Ctx, fd: u64) -> KResult<u64> {
    let Some(file) = cx.task.fd_file(fd) else {
        return Err(Refusal::new(&checks::CLOSE_BAD_FD).with("fd", Fact::Dec(fd as u32 as u64)));
    };
    cx.task.fds[fd as u32 as usize] = None;
    locks_remove_posix(cx, file);
    Ok(0)
}
