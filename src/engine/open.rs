//! open, openat and close (fs/open.c, fs/namei.c, fs/file.c) with the checks
//! that decide a descriptor's f_mode.

use super::checks;
use super::ctx::Ctx;
use super::fs::{FMODE_PATH, FMODE_READ, FMODE_WRITE, FsType, InodeId, InodeKind, Vfs, normalize};
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

/// acl_permission_check (fs/namei.c:291-314) and generic_permission (:330-369) for an inode and MAY_* mask.
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
    // generic_permission refuses directories and other files at separate returns.
    let check = if i.kind == InodeKind::Dir {
        &checks::OPEN_EACCES_DIR
    } else {
        &checks::OPEN_EACCES
    };
    Refusal::new(check)
        .with("path", path_fact(&i.path))
        .with("mode", Fact::Path(format!("{:04o}", i.mode)))
        .with("owner", Fact::Path(format!("{}:{}", i.uid, i.gid)))
        .with("uid", Fact::Dec(cx.task.uid as u64))
        .with("access", Fact::Text(access_words(mask)))
}

/// inode_permission (fs/namei.c:468-476; sb_permission :444-455, __inode_permission :404-433): read-only fs, immutable, then DAC.
pub(super) fn inode_permission(cx: &Ctx, inode: InodeId, mask: u32) -> KResult<()> {
    let vfs = &cx.world.vfs;
    let i = vfs.inode(inode);
    if mask & MAY_WRITE != 0 {
        let writable_kind = matches!(i.kind, InodeKind::Regular | InodeKind::Dir);
        if writable_kind && vfs.inode_mount(inode).is_some_and(|m| m.opts.ro) {
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

/// __O_TMPFILE, the bit O_TMPFILE adds to O_DIRECTORY
/// (include/uapi/asm-generic/fcntl.h:88-92).
const O_TMPFILE_BIT: u64 = O_TMPFILE & !O_DIRECTORY;
/// O_TMPFILE_MASK (include/uapi/asm-generic/fcntl.h:93).
const O_TMPFILE_MASK: u64 = O_TMPFILE_BIT | O_DIRECTORY | O_CREAT;
/// FASYNC and __O_SYNC (include/uapi/asm-generic/fcntl.h), for VALID_OPEN_FLAGS.
const FASYNC: u64 = 0o20000;
const O_SYNC_BIT: u64 = O_SYNC & !O_DSYNC;
/// VALID_OPEN_FLAGS (include/linux/fcntl.h:7-11, the same set in 6.18): the
/// bits open() keeps; every other bit is dropped without a word.
const VALID_OPEN_FLAGS: u64 = O_ACCMODE
    | O_CREAT
    | O_EXCL
    | O_NOCTTY
    | O_TRUNC
    | O_APPEND
    | O_NONBLOCK
    | O_SYNC_BIT
    | O_DSYNC
    | FASYNC
    | O_DIRECT
    | O_LARGEFILE
    | O_DIRECTORY
    | O_NOFOLLOW
    | O_NOATIME
    | O_CLOEXEC
    | O_PATH
    | O_TMPFILE_BIT;
/// What an O_PATH open keeps (4.12 fs/open.c:934, where O_CLOEXEC was taken
/// out just before and handled by get_unused_fd_flags; 6.18 O_PATH_FLAGS).
const O_PATH_FLAGS: u64 = O_DIRECTORY | O_NOFOLLOW | O_PATH | O_CLOEXEC;

/// struct open_flags: what build_open_flags leaves for the walk.
struct OpenFlags {
    /// op->open_flag
    flags: u64,
    /// op->acc_mode (MAY_*)
    acc: u32,
}

/// ACC_MODE(flags) (include/linux/fs.h): "\004\002\006\006"[flags & O_ACCMODE].
fn acc_mode(flags: u64) -> u32 {
    match flags & O_ACCMODE {
        0 => MAY_READ,
        1 => MAY_WRITE,
        _ => MAY_READ | MAY_WRITE,
    }
}

fn accmode_name(flags: u64) -> &'static str {
    match flags & O_ACCMODE {
        0 => "O_RDONLY",
        1 => "O_WRONLY",
        2 => "O_RDWR",
        _ => "3 (no access)",
    }
}

/// build_open_flags (fs/open.c:896-965; 6.18: build_open_how, then
/// build_open_flags): the flag combinations refused before the path is even
/// read, and what O_PATH and O_TMPFILE leave of the flags.
fn build_open_flags(cx: &Ctx, flags: u64) -> KResult<OpenFlags> {
    let p = cx.world.profile();
    let mut flags = flags & VALID_OPEN_FLAGS;
    // 6.18 build_open_how: "O_PATH beats everything else", O_TMPFILE included.
    if p.o_path_strips_first && flags & O_PATH != 0 {
        flags &= O_PATH_FLAGS;
    }
    let mut acc = acc_mode(flags);
    if p.creat_directory_einval {
        // 6.18 build_open_flags: O_CREAT|O_DIRECTORY first (6.4), which also
        // catches O_TMPFILE|O_CREAT; then __O_TMPFILE needs O_DIRECTORY.
        if flags & (O_DIRECTORY | O_CREAT) == O_DIRECTORY | O_CREAT {
            let what = if flags & O_TMPFILE_BIT != 0 {
                "O_CREAT with O_TMPFILE (which includes O_DIRECTORY)"
            } else {
                "O_CREAT|O_DIRECTORY"
            };
            return Err(Refusal::new(&checks::OPEN_CREAT_DIRECTORY).with("flags", Fact::Text(what)));
        }
        if flags & O_TMPFILE_BIT != 0 && flags & O_DIRECTORY == 0 {
            return Err(Refusal::new(&checks::OPEN_TMPFILE_NO_DIRECTORY));
        }
    } else if flags & O_TMPFILE_BIT != 0 && flags & O_TMPFILE_MASK != O_TMPFILE {
        // fs/open.c:925
        let what = match (flags & O_DIRECTORY != 0, flags & O_CREAT != 0) {
            (false, true) => "O_DIRECTORY is missing and O_CREAT was given",
            (false, false) => "O_DIRECTORY is missing",
            _ => "O_CREAT was given",
        };
        return Err(Refusal::new(&checks::OPEN_TMPFILE_MASK).with("what", Fact::Text(what)));
    }
    if flags & O_TMPFILE_BIT != 0 {
        // fs/open.c:927: ACC_MODE, before O_TRUNC adds MAY_WRITE.
        if acc & MAY_WRITE == 0 {
            return Err(Refusal::new(&checks::OPEN_TMPFILE_NEEDS_WRITE)
                .with("accmode", Fact::Text(accmode_name(flags))));
        }
    } else if flags & O_PATH != 0 {
        // fs/open.c:929-935 (in 6.18 already stripped by build_open_how).
        flags &= O_PATH_FLAGS;
        acc = 0;
    }
    // fs/open.c:941-942: O_TRUNC implies we need access checks for write permissions.
    if flags & O_TRUNC != 0 {
        acc |= MAY_WRITE;
    }
    Ok(OpenFlags { flags, acc })
}

/// The inode at a path, materialising an implicit directory (a parent of
/// declared paths, a mount point) as root-owned 0755 the first time.
fn lookup_or_implicit(cx: &mut Ctx, full: &str) -> Option<InodeId> {
    if let Some(id) = cx.world.vfs.lookup(full) {
        return Some(id);
    }
    cx.world
        .vfs
        .is_dir_path(full)
        .then(|| cx.world.vfs.add_inode(full, InodeKind::Dir, 0o755, 0, 0))
}

/// openat(dirfd, path, flags, mode) (fs/open.c:1040-1066 do_sys_open and
/// fs/namei.c:3489-3545 path_openat).
pub fn sys_openat(cx: &mut Ctx, dirfd: u64, path: &str, flags: u64, mode: u64) -> KResult<u64> {
    // do_sys_open: build_open_flags, then getname, then a descriptor, then
    // the walk.
    let OpenFlags { flags, acc } = build_open_flags(cx, flags)?;
    if path.is_empty() {
        return Err(Refusal::new(&checks::GETNAME_EMPTY));
    }
    // get_unused_fd_flags (fs/open.c:1053): __alloc_fd refuses a descriptor
    // at or above RLIMIT_NOFILE (fs/file.c:519).
    let fd = cx.task.lowest_free_fd();
    if fd >= cx.task.rlimit(RLIMIT_NOFILE) {
        return Err(Refusal::new(&checks::ALLOC_FD_EMFILE)
            .with("fd", Fact::Dec(fd))
            .with("limit", Fact::Dec(cx.task.rlimit(RLIMIT_NOFILE))));
    }
    // Relative paths resolve against the cwd (/) or the directory fd.
    let full = if path.starts_with('/') || dirfd as i32 as i64 == AT_FDCWD as i64 {
        normalize(path)
    } else {
        // fs/namei.c:2205-2218 (in path_init): fdget_raw (O_PATH descriptors
        // serve), then a non-empty path needs a directory to start from.
        let fd = Fact::Dec(dirfd as u32 as u64);
        let Some(f) = cx.task.fd_file(dirfd) else {
            return Err(Refusal::new(&checks::PATH_INIT_BAD_FD).with("fd", fd));
        };
        let dir = cx.world.vfs.file_inode(f);
        if dir.kind != InodeKind::Dir {
            return Err(Refusal::new(&checks::PATH_INIT_NOT_DIR)
                .with("fd", fd)
                .with("path", path_fact(&dir.path)));
        }
        let dir = dir.path.clone();
        normalize(&format!("{dir}/{path}"))
    };
    walk_parent(cx, &full)?;
    // A trailing slash asks for a directory (LOOKUP_DIRECTORY).
    let trailing = path.len() > 1 && path.ends_with('/');
    // fs/namei.c:3503-3512 (in path_openat): __O_TMPFILE first, then O_PATH.
    if flags & O_TMPFILE_BIT != 0 {
        return do_tmpfile(cx, &full, flags, mode);
    }
    if flags & O_PATH != 0 {
        return do_o_path(cx, &full, flags, trailing);
    }
    // do_last refuses O_CREAT with a trailing slash outright (fs/namei.c:3273).
    if trailing && flags & O_CREAT != 0 {
        return Err(Refusal::new(&checks::OPEN_CREAT_TRAILING_SLASH).with("path", path_fact(&full)));
    }
    let want_dir = flags & O_DIRECTORY != 0 || trailing;
    let inode = match lookup_or_implicit(cx, &full) {
        Some(id) => id,
        None => {
            if flags & O_CREAT == 0 {
                return Err(Refusal::new(&checks::OPEN_ENOENT).with("path", path_fact(&full)));
            }
            // fs/namei.c:3143-3159 (in lookup_open): EROFS first, then may_o_create.
            let parent = Vfs::parent(&full);
            let mount = cx.world.vfs.mount_of(&full);
            if cx.world.vfs.mounts[mount as usize].opts.ro {
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
    // fs/namei.c:3342-3364 (in do_last)
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
        && cx.world.vfs.inode_mount(inode).is_some_and(|m| m.opts.ro)
    {
        return Err(Refusal::new(&checks::OPEN_TRUNC_EROFS).with("path", path_fact(&full)));
    }
    // may_open (fs/namei.c:2907-2953)
    match kind {
        InodeKind::Dir if acc & MAY_WRITE != 0 => {
            return Err(Refusal::new(&checks::OPEN_EISDIR_WRITE).with("path", path_fact(&full)));
        }
        InodeKind::CharDev(_)
            if cx
                .world
                .vfs
                .inode_mount(inode)
                .is_some_and(|m| m.opts.nodev) =>
        {
            return Err(Refusal::new(&checks::OPEN_NODEV).with("path", path_fact(&full)));
        }
        _ => {}
    }
    let truncating = flags & O_TRUNC != 0 && kind == InodeKind::Regular;
    inode_permission(cx, inode, acc)?;
    let i = cx.world.vfs.inode(inode);
    if i.append {
        if flags & O_ACCMODE != O_RDONLY && flags & O_APPEND == 0 {
            return Err(Refusal::new(&checks::OPEN_APPEND_EPERM).with("path", path_fact(&full)));
        }
        if truncating {
            return Err(
                Refusal::new(&checks::OPEN_APPEND_TRUNC_EPERM).with("path", path_fact(&full))
            );
        }
    }
    if flags & O_NOATIME != 0 && cx.task.uid != i.uid && !cx.task.capable(CAP_FOWNER) {
        return Err(Refusal::new(&checks::OPEN_NOATIME).with("path", path_fact(&full)));
    }
    if truncating {
        // shmem_setattr → shmem_truncate_range frees a tmpfs file's pages and
        // their charge (shmem_unacct_blocks) at once; hugetlbfs_setattr →
        // hugetlb_vmtruncate gives a hugetlbfs file's pages back to the pool.
        let vfs = &mut cx.world.vfs;
        let hugetlbfs =
            vfs.mounts[vfs.inode(inode).mount as usize].fstype == super::fs::FsType::Hugetlbfs;
        let i = vfs.inode_mut(inode);
        i.size = 0;
        // hugetlb_unreserve_pages: the reserve map's unfaulted pages go back
        // too (region_del), as the faulted ones do.
        let back = i.alloced.union_count(&i.resv);
        i.resv.clear();
        let freed = i.alloced.clear();
        let (acct, huge) = (i.acct_by_page, i.huge_size);
        if acct && freed != 0 {
            super::util::vm_unacct_memory(cx, freed);
        }
        // The pool the model keeps is the 2 MiB one.
        if hugetlbfs && huge == 2 << 20 {
            cx.world.huge_free += back;
        }
    }
    let fmode = open_fmode(flags);
    let file = cx.world.vfs.open_file(inode, fmode, flags);
    let fd = cx.task.install_fd(file);
    cx.trace
        .value("do_sys_open", "a new open file description; descriptor", fd);
    Ok(fd)
}

/// do_o_path (fs/namei.c:3477-3487): path_lookupat, then vfs_open, which
/// for O_PATH only records the path (fs/open.c:710-714): no permission check
/// on the file itself (the walk still needs search permission on the
/// directories above it), no open method, and a descriptor that fget, and so
/// mmap, read, write and locks, refuse.
fn do_o_path(cx: &mut Ctx, full: &str, flags: u64, trailing: bool) -> KResult<u64> {
    let Some(inode) = lookup_or_implicit(cx, full) else {
        return Err(Refusal::new(&checks::OPEN_PATH_ENOENT).with("path", path_fact(full)));
    };
    // fs/namei.c:2312-2314 (in path_lookupat); lookup_last turns a trailing
    // slash into LOOKUP_DIRECTORY (fs/namei.c:2248).
    let want_dir = flags & O_DIRECTORY != 0 || trailing;
    if want_dir && cx.world.vfs.inode(inode).kind != InodeKind::Dir {
        return Err(Refusal::new(&checks::OPEN_PATH_ENOTDIR).with("path", path_fact(full)));
    }
    let file = cx.world.vfs.open_file(inode, FMODE_PATH, flags);
    cx.trace.step(
        "do_o_path",
        "O_PATH: a descriptor that only names the file; nothing but the walk was checked",
    );
    Ok(cx.task.install_fd(file))
}

/// do_tmpfile (fs/namei.c:3440-3475) and vfs_tmpfile (fs/namei.c:3401-3437):
/// O_TMPFILE names a directory, and the open creates an unnamed regular file
/// in it, open for writing; the file goes when its last descriptor and
/// mapping go, unless linkat gives it a name (not modelled).
fn do_tmpfile(cx: &mut Ctx, full: &str, flags: u64, mode: u64) -> KResult<u64> {
    // path_lookupat(nd, flags | LOOKUP_DIRECTORY), called at fs/namei.c:3446:
    // walk_component (:1794) and the LOOKUP_DIRECTORY test (:2313) refuse.
    let Some(dir) = lookup_or_implicit(cx, full) else {
        return Err(Refusal::new(&checks::TMPFILE_ENOENT).with("path", path_fact(full)));
    };
    if cx.world.vfs.inode(dir).kind != InodeKind::Dir {
        return Err(Refusal::new(&checks::TMPFILE_ENOTDIR).with("path", path_fact(full)));
    }
    // mnt_want_write (fs/namei.c:3449).
    let mount = cx.world.vfs.mount_of(full);
    let (ro, fstype) = {
        let m = &cx.world.vfs.mounts[mount as usize];
        (m.opts.ro, m.fstype)
    };
    if ro {
        return Err(Refusal::new(&checks::TMPFILE_EROFS).with("path", path_fact(full)));
    }
    // vfs_tmpfile: inode_permission(dir, MAY_WRITE | MAY_EXEC) (fs/namei.c:3410),
    // which refuses an immutable directory in __inode_permission (:412).
    if cx.world.vfs.inode(dir).immutable {
        return Err(Refusal::new(&checks::OPEN_IMMUTABLE).with("path", path_fact(full)));
    }
    if !generic_permission(cx, dir, MAY_WRITE | MAY_EXEC) {
        let i = cx.world.vfs.inode(dir);
        return Err(Refusal::new(&checks::TMPFILE_EACCES)
            .with("path", path_fact(full))
            .with("mode", Fact::Path(format!("{:04o}", i.mode)))
            .with("owner", Fact::Path(format!("{}:{}", i.uid, i.gid)))
            .with("uid", Fact::Dec(cx.task.uid as u64)));
    }
    // fs/namei.c:3414: the directory's inode_operations need a tmpfile.
    // ext4 (ext4_tmpfile) and tmpfs (shmem_tmpfile) have one in both kernels.
    if fstype == FsType::Hugetlbfs && !cx.world.profile().hugetlbfs_tmpfile {
        return Err(Refusal::new(&checks::TMPFILE_EOPNOTSUPP)
            .with("path", path_fact(full))
            .with("fstype", Fact::Text("hugetlbfs")));
    }
    // The mode is stored with the umask applied, as 6.18's vfs_prepare_mode
    // does (4.12 left it to the filesystem); nothing in the language reads it.
    let (uid, gid) = (cx.task.uid, cx.task.gid);
    let id = cx
        .world
        .vfs
        .add_tmpfile(full, (mode as u32) & 0o7777 & !UMASK, uid, gid);
    // may_open(path, 0, flags) on the new inode cannot refuse (a regular file
    // of the caller's). 4.12 keeps O_PATH beside __O_TMPFILE, and
    // do_dentry_open then gives an O_PATH descriptor (fs/open.c:710-714).
    let fmode = if flags & O_PATH != 0 {
        FMODE_PATH
    } else {
        open_fmode(flags)
    };
    let file = cx.world.vfs.open_file(id, fmode, flags);
    let fd = cx.task.install_fd(file);
    cx.trace.value(
        "vfs_tmpfile",
        "O_TMPFILE: an unnamed file in the directory; descriptor",
        fd,
    );
    Ok(fd)
}

/// close(fd) (__close_fd, fs/file.c:635-656): also drops the process's POSIX locks on the file.
pub fn sys_close(cx: &mut Ctx, fd: u64) -> KResult<u64> {
    let Some(file) = cx.task.fd_file(fd) else {
        // __close_fd: past the end of the descriptor table, or an empty slot.
        let check = if u64::from(fd as u32) >= cx.task.max_fds() {
            &checks::CLOSE_BAD_FD_RANGE
        } else {
            &checks::CLOSE_BAD_FD
        };
        return Err(Refusal::new(check).with("fd", Fact::Dec(fd as u32 as u64)));
    };
    cx.task.fds[fd as u32 as usize] = None;
    locks_remove_posix(cx, file);
    // The last descriptor of an unlinked object no mapping holds.
    if cx.world.vfs.file(file).vma_refs == 0 && !cx.task.fds.contains(&Some(file)) {
        let inode = cx.world.vfs.file(file).inode;
        super::mmap::release_unlinked(cx, inode);
    }
    Ok(0)
}

/// The ftruncate system call: do_sys_ftruncate (fs/open.c:165-211) with
/// small = 1 (a 64-bit open always has O_LARGEFILE, so MAX_NON_LFS never
/// applies).
pub fn sys_ftruncate(cx: &mut Ctx, fd: u64, length: u64) -> KResult<u64> {
    // fs/open.c:173: loff_t length.
    if (length as i64) < 0 {
        return Err(Refusal::new(&checks::FTRUNCATE_NEGATIVE).with("len", Fact::Hex(length)));
    }
    // fs/open.c:177: fdget, which does not return O_PATH descriptors.
    let file = cx
        .task
        .fd_file(fd & 0xffff_ffff)
        .filter(|&f| cx.world.vfs.file(f).fmode & FMODE_PATH == 0);
    let Some(f) = file else {
        return Err(Refusal::new(&checks::FTRUNCATE_BAD_FD).with("fd", Fact::Dec(fd & 0xffff_ffff)));
    };
    let inode = cx.world.vfs.file(f).inode;
    let regular = matches!(
        cx.world.vfs.inode(inode).kind,
        InodeKind::Regular | InodeKind::ShmemObject | InodeKind::AnonHuge
    );
    // fs/open.c:187
    if !regular || cx.world.vfs.file(f).fmode & FMODE_WRITE == 0 {
        return Err(Refusal::new(&checks::FTRUNCATE_NOT_WRITABLE).with("fd", Fact::Dec(fd)));
    }
    // fs/open.c:197
    if cx.world.vfs.inode(inode).append {
        return Err(Refusal::new(&checks::FTRUNCATE_APPEND).with("fd", Fact::Dec(fd)));
    }
    // fs/open.c:201: mandatory locks (4.12 only).
    if cx.world.profile().mandatory_locking && super::locks::truncate_conflict(cx, inode, length) {
        return refuse_truncate_locked(fd);
    }
    let vfs = &cx.world.vfs;
    let fstype = vfs.inode_mount(inode).map(|m| m.fstype);
    let old = vfs.inode(inode).size;
    // inode_newsize_ok (fs/attr.c): growing past the filesystem's largest
    // file is EFBIG. (Past RLIMIT_FSIZE the process gets SIGXFSZ first,
    // which the model does not deliver.)
    if length > old {
        if cx.task.rlimit(RLIMIT_FSIZE) < length {
            return Err(Refusal::new(&checks::NOT_MODELLED)
                .with("call", Fact::Text("ftruncate past RLIMIT_FSIZE (SIGXFSZ)")));
        }
        let max = match fstype {
            // ext4_max_size with 4 KiB blocks and extents.
            Some(FsType::Ext4) => ((1u64 << 32) - 1) << 12,
            _ => i64::MAX as u64,
        };
        if length > max {
            return Err(Refusal::new(&checks::FTRUNCATE_TOO_BIG)
                .with("len", Fact::Hex(length))
                .with("max", Fact::Hex(max)));
        }
    }
    let i = vfs.inode(inode);
    let huge = i.huge_size;
    let on_hugetlbfs = fstype == Some(FsType::Hugetlbfs) || i.kind == InodeKind::AnonHuge;
    if on_hugetlbfs {
        // hugetlbfs_setattr: whole huge pages only, then (4.14+) the seals.
        if length & (huge - 1) != 0 {
            return Err(Refusal::new(&checks::FTRUNCATE_HUGETLB_UNALIGNED)
                .with("len", Fact::Hex(length))
                .with("huge", Fact::Hex(huge)));
        }
        super::memfd::check_size_seals(cx, inode, length, true)?;
        // hugetlb_vmtruncate: the pages and reservations past the new end go
        // back to the pool (the model's pool is the 2 MiB one).
        let first = length / huge;
        let i = cx.world.vfs.inode_mut(inode);
        let mut held = i.alloced.clone();
        held.extend(&i.resv);
        let back = held.remove_from(first);
        i.alloced.remove_from(first);
        i.resv.remove_from(first);
        i.size = length;
        if huge == 2 << 20 {
            cx.world.huge_free += back;
        }
        super::memory::unmap_mapping_range(cx, inode, first * (huge >> 12), u64::MAX, true);
    } else {
        // shmem_setattr: the size seals (mm/shmem.c:993), then
        // shmem_truncate_range: a tmpfs file's pages past the new end are
        // freed, with their charge. (Other filesystems have no seals.)
        super::memfd::check_size_seals(cx, inode, length, false)?;
        let i = cx.world.vfs.inode_mut(inode);
        let first = length.div_ceil(PAGE_SIZE_U64);
        let freed = i.alloced.remove_from(first);
        i.size = length;
        if i.acct_by_page && freed != 0 {
            super::util::vm_unacct_memory(cx, freed);
        }
        // truncate_pagecache: past the new end nothing stays mapped,
        // private copies included.
        super::memory::unmap_mapping_range(cx, inode, first, u64::MAX, true);
    }
    cx.trace
        .value("do_truncate", "the file's size is now", length);
    Ok(0)
}

const PAGE_SIZE_U64: u64 = 4096;

fn refuse_truncate_locked(fd: u64) -> KResult<u64> {
    Err(Refusal::new(&checks::FTRUNCATE_LOCKED).with("fd", Fact::Dec(fd)))
}
