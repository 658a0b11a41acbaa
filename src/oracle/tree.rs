//! Building the world inside the holder's fresh mount namespace: the root
//! filesystem (a new ext4 on a loop device backed by a memfd, or the
//! tmpfs/hugetlbfs the scenario mounts on `/`), the mounts, the files,
//! directories, devices and fifos with exactly the declared modes, owners
//! and FS flags; then `pivot_root` into it, which detaches the host's whole
//! tree from the namespace. Nothing is created on any host filesystem.
//!
//! Every path is resolved from a directory descriptor of the world with
//! openat2(RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS), and every node is changed
//! through a descriptor or with AT_SYMLINK_NOFOLLOW: no symlink is ever
//! followed. The umask is 022; modes are then set explicitly.

use super::sys::{self, FsContext};
use super::world::{FsKind, MountSpec, NodeKind, NodeSpec, WorldSpec, components};
use crate::syntax::decl::{DEVICE_MODE, FIFO_MODE, FileAttrs};
use std::ffi::CString;
use std::io;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::process::{Command, Stdio};

/// Why the world could not be built.
#[derive(Debug)]
pub enum BuildError {
    /// The declarations describe something no real machine can hold (a file
    /// under a file, an unaligned hugetlbfs size, a name too long...).
    Unbuildable(String),
    /// This machine lacks what the world needs (a free loop device, mkfs.ext4).
    Environment(String),
    /// The oracle itself failed.
    Failed(String),
}

impl BuildError {
    /// The holder's one-line answer.
    pub fn line(&self) -> String {
        match self {
            BuildError::Unbuildable(m) => format!("unbuildable: {m}"),
            BuildError::Environment(m) => format!("environment: {m}"),
            BuildError::Failed(m) => format!("error: {m}"),
        }
    }
}

fn failed(what: &str) -> impl FnOnce(io::Error) -> BuildError + '_ {
    move |e| BuildError::Failed(format!("{what}: {e}"))
}

fn unbuildable(path: &str, what: &str) -> impl FnOnce(io::Error) -> BuildError {
    let m = format!("{what} `{path}`");
    move |e| BuildError::Unbuildable(format!("{m}: {e}"))
}

/// How long to wait for a free loop device.
const LOOP_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// How large the sparse ext4 images are: only what is written takes memory.
pub(super) const EXT4_IMAGE_BYTES: u64 = 4 << 30;

/// Where the new root is attached before the pivot (in this private
/// namespace only): a directory every Linux system has.
const STAGING: &std::ffi::CStr = c"tmp";

/// Build the world and pivot into it. Runs in the holder, the init of a new
/// PID namespace with a mount namespace of its own.
pub fn build(spec: &WorldSpec) -> Result<(), BuildError> {
    sys::set_umask(0o022);
    sys::make_mounts_private().map_err(failed("making the mounts private"))?;
    let host_root = sys::open_beneath(
        std::fs::File::open("/")
            .map_err(failed("the namespace's /"))?
            .as_fd(),
        c".",
        libc::O_PATH | libc::O_DIRECTORY,
        0,
    )
    .map_err(failed("the namespace's /"))?;
    let staging = sys::open_beneath(
        host_root.as_fd(),
        STAGING,
        libc::O_PATH | libc::O_DIRECTORY,
        0,
    )
    .map_err(failed("the staging directory /tmp"))?;
    let root = new_filesystem(&spec.mounts[0])?;
    sys::move_mount(root.as_fd(), staging.as_fd()).map_err(failed("attaching the world"))?;
    if spec.mounts[0].fs == FsKind::Ext4 {
        // The model's root has no lost+found.
        sys::unlinkat_dir(root.as_fd(), c"lost+found").map_err(failed("lost+found"))?;
    }
    for m in &spec.mounts[1..] {
        let dir = directory(root.as_fd(), &m.path)?;
        let mnt = new_filesystem(m)?;
        sys::move_mount(mnt.as_fd(), dir.as_fd())
            .map_err(|e| BuildError::Failed(format!("mounting {}: {e}", m.path)))?;
    }
    let mut flagged = Vec::new();
    for n in &spec.nodes {
        if let Some(f) = node(root.as_fd(), n)? {
            flagged.push(f);
        }
    }
    // FS flags last: an immutable file takes no further change.
    for (path, fd, bits) in flagged {
        sys::add_fs_flags(fd.as_fd(), bits).map_err(unbuildable(&path, "chattr"))?;
    }
    for m in spec.mounts.iter().filter(|m| m.opts.ro) {
        read_only(root.as_fd(), m)?;
    }
    sys::pivot_into(root.as_fd()).map_err(failed("pivot_root into the world"))
}

fn cname(path: &str, c: &str) -> Result<CString, BuildError> {
    CString::new(c).map_err(|_| BuildError::Unbuildable(format!("`{path}` contains NUL")))
}

/// The directory at `path` under `root`, made (root's, 0755) with any
/// missing parent, as the model's implicit directories are.
fn directory(root: BorrowedFd, path: &str) -> Result<OwnedFd, BuildError> {
    let comps = components(path).ok_or_else(|| BuildError::Unbuildable(format!("`{path}`")))?;
    let mut cur = sys::open_beneath(root, c".", libc::O_PATH | libc::O_DIRECTORY, 0)
        .map_err(failed("the world's root"))?;
    for c in comps {
        let name = cname(path, c)?;
        let dir =
            |at: BorrowedFd| sys::open_beneath(at, &name, libc::O_PATH | libc::O_DIRECTORY, 0);
        cur = match dir(cur.as_fd()) {
            Ok(fd) => fd,
            Err(e) if e.raw_os_error() == Some(libc::ENOENT) => {
                sys::mkdirat(cur.as_fd(), &name, 0o755).map_err(unbuildable(path, "mkdir"))?;
                dir(cur.as_fd()).map_err(unbuildable(path, "mkdir"))?
            }
            Err(e) => return Err(unbuildable(path, "a directory on the way to")(e)),
        };
    }
    Ok(cur)
}

/// A new filesystem for a mount, as a detached mount.
fn new_filesystem(m: &MountSpec) -> Result<OwnedFd, BuildError> {
    let mut attrs = 0;
    for (on, bit) in [
        (m.opts.noexec, sys::MOUNT_ATTR_NOEXEC),
        (m.opts.nosuid, sys::MOUNT_ATTR_NOSUID),
        (m.opts.nodev, sys::MOUNT_ATTR_NODEV),
    ] {
        if on {
            attrs |= bit;
        }
    }
    let what = format!("a {:?} filesystem for {}", m.fs, m.path);
    let fail = |e: io::Error| BuildError::Failed(format!("{what}: {e}"));
    match m.fs {
        FsKind::Tmpfs => {
            let fc = FsContext::open("tmpfs").map_err(fail)?;
            fc.set("mode", "0755").map_err(fail)?;
            fc.mount(attrs).map_err(fail)
        }
        FsKind::Hugetlbfs => {
            let fc = FsContext::open("hugetlbfs").map_err(fail)?;
            fc.set("mode", "0755").map_err(fail)?;
            fc.set("pagesize", &m.opts.pagesize.to_string())
                .map_err(fail)?;
            fc.mount(attrs).map_err(fail)
        }
        FsKind::Ext4 => {
            let image = ext4_image(EXT4_IMAGE_BYTES)?;
            // A loop device frees itself a moment after its last user (an
            // earlier scenario's namespace) is gone: wait a little for one.
            let deadline = std::time::Instant::now() + LOOP_WAIT;
            let (device, loop_fd) = loop {
                if let Some(found) = sys::attach_loop(image.as_fd()).map_err(fail)? {
                    break found;
                }
                if std::time::Instant::now() > deadline {
                    return Err(BuildError::Environment(
                        "no free loop device for the ext4 filesystem (every /dev/loop* stayed busy; the oracle never creates new ones)".into(),
                    ));
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            };
            // The loop device holds the image now; it detaches itself
            // (LO_FLAGS_AUTOCLEAR) when the mount goes, freeing the memfd.
            drop(image);
            let fc = FsContext::open("ext4").map_err(fail)?;
            fc.set("source", &device).map_err(fail)?;
            let mnt = fc.mount(attrs).map_err(fail)?;
            drop(loop_fd);
            Ok(mnt)
        }
    }
}

/// mkfs.ext4, where e2fsprogs installs it.
fn mkfs_ext4() -> Option<&'static str> {
    [
        "/usr/sbin/mkfs.ext4",
        "/sbin/mkfs.ext4",
        "/usr/bin/mkfs.ext4",
    ]
    .into_iter()
    .find(|p| std::path::Path::new(p).exists())
}

/// A fresh, empty ext4 filesystem of `bytes` in a sparse memfd (no journal:
/// nothing the mm code does depends on it, and it would cost memory per
/// scenario). Its features are ones Linux 4.12 mounts too (the VM oracle
/// carries the same image into its guests).
pub(super) fn ext4_image(bytes: u64) -> Result<OwnedFd, BuildError> {
    let Some(mkfs) = mkfs_ext4() else {
        return Err(BuildError::Environment(
            "mkfs.ext4 (e2fsprogs) is not installed; the ext4 filesystems are made with it".into(),
        ));
    };
    let fail = |what: &'static str| move |e: io::Error| BuildError::Failed(format!("{what}: {e}"));
    let image = sys::memfd(c"mmrun-ext4", false).map_err(fail("the ext4 image"))?;
    sys::ftruncate(image.as_fd(), bytes).map_err(fail("the ext4 image"))?;
    let fd = image.try_clone().map_err(fail("the ext4 image"))?;
    let mut cmd = Command::new(mkfs);
    cmd.args([
        "-q",
        "-F",
        "-b",
        "4096",
        "-m",
        "0",
        "-O",
        "^has_journal",
        "-E",
        "lazy_itable_init=1,nodiscard",
        "/proc/self/fd/3",
    ])
    .stdin(Stdio::null())
    .stdout(Stdio::null())
    .stderr(Stdio::piped());
    use std::os::fd::AsRawFd;
    use std::os::unix::process::CommandExt;
    // SAFETY: dup2 is async-signal-safe; the descriptor outlives the spawn.
    unsafe {
        cmd.pre_exec(move || {
            if libc::dup2(fd.as_raw_fd(), 3) < 0 {
                return Err(io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = cmd.output().map_err(fail("running mkfs.ext4"))?;
    if !out.status.success() {
        return Err(BuildError::Failed(format!(
            "mkfs.ext4 failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(image)
}

/// One declared node; a file with FS flags comes back with them, to be set last.
fn node(root: BorrowedFd, n: &NodeSpec) -> Result<Option<(String, OwnedFd, i32)>, BuildError> {
    let path = n.path.as_str();
    let comps = components(path).ok_or_else(|| BuildError::Unbuildable(format!("`{path}`")))?;
    let Some((last, parents)) = comps.split_last() else {
        // `dir /`: the attributes of the world's root.
        if let NodeKind::Dir { mode, uid, gid } = n.kind {
            let fd = sys::open_beneath(root, c".", libc::O_RDONLY | libc::O_DIRECTORY, 0)
                .map_err(unbuildable(path, "open"))?;
            owner_mode(&fd, path, uid, gid, mode)?;
            return Ok(None);
        }
        return Err(BuildError::Unbuildable("`/` is a directory".into()));
    };
    let parent = directory(root, &format!("/{}", parents.join("/")))?;
    let name = cname(path, last)?;
    match n.kind {
        NodeKind::File(f) => file(parent.as_fd(), &name, path, f),
        NodeKind::Dir { mode, uid, gid } => {
            match sys::mkdirat(parent.as_fd(), &name, 0o755) {
                Err(e) if e.raw_os_error() != Some(libc::EEXIST) => {
                    return Err(unbuildable(path, "mkdir")(e));
                }
                _ => {}
            }
            // A directory that is a mount point describes the mount's root.
            let fd =
                sys::open_beneath(parent.as_fd(), &name, libc::O_RDONLY | libc::O_DIRECTORY, 0)
                    .map_err(unbuildable(path, "open"))?;
            owner_mode(&fd, path, uid, gid, mode)?;
            Ok(None)
        }
        NodeKind::CharDev { major, minor } => special(
            parent.as_fd(),
            &name,
            path,
            libc::S_IFCHR,
            major,
            minor,
            DEVICE_MODE,
        ),
        NodeKind::Fifo => special(parent.as_fd(), &name, path, libc::S_IFIFO, 0, 0, FIFO_MODE),
    }
}

fn owner_mode(fd: &OwnedFd, path: &str, uid: u32, gid: u32, mode: u32) -> Result<(), BuildError> {
    // chown first: it clears set-id bits that chmod then sets.
    sys::fchown(fd.as_fd(), uid, gid).map_err(unbuildable(path, "chown"))?;
    sys::fchmod(fd.as_fd(), mode).map_err(unbuildable(path, "chmod"))
}

fn file(
    parent: BorrowedFd,
    name: &CString,
    path: &str,
    f: FileAttrs,
) -> Result<Option<(String, OwnedFd, i32)>, BuildError> {
    let fresh = sys::open_beneath(
        parent,
        name,
        libc::O_CREAT | libc::O_EXCL | libc::O_WRONLY,
        0o600,
    );
    let fd = match fresh {
        Ok(fd) => fd,
        // Declared again: the last declaration wins, as in the model.
        Err(e) if e.raw_os_error() == Some(libc::EEXIST) => {
            sys::open_beneath(parent, name, libc::O_WRONLY, 0).map_err(unbuildable(path, "open"))?
        }
        Err(e) => return Err(unbuildable(path, "create")(e)),
    };
    sys::ftruncate(fd.as_fd(), f.size).map_err(|e| {
        BuildError::Unbuildable(format!(
            "a {}-byte file `{path}` (hugetlbfs sizes are whole huge pages): {e}",
            f.size
        ))
    })?;
    owner_mode(&fd, path, f.uid, f.gid, f.mode)?;
    let bits = if f.append { sys::FS_APPEND_FL } else { 0 }
        | if f.immutable { sys::FS_IMMUTABLE_FL } else { 0 };
    Ok((bits != 0).then(|| (path.to_string(), fd, bits)))
}

fn special(
    parent: BorrowedFd,
    name: &CString,
    path: &str,
    kind: u32,
    major: u32,
    minor: u32,
    mode: u32,
) -> Result<Option<(String, OwnedFd, i32)>, BuildError> {
    sys::mknodat(parent, name, kind | 0o600, major, minor).map_err(unbuildable(path, "mknod"))?;
    sys::chown_nofollow(parent, name, 0, 0).map_err(unbuildable(path, "chown"))?;
    sys::chmod_nofollow(parent, name, mode).map_err(unbuildable(path, "chmod"))?;
    Ok(None)
}

/// `ro`: read-only at the superblock (EROFS comes before the mode bits, as
/// in the model) and at the mount, as `mount -o ro` makes it.
fn read_only(root: BorrowedFd, m: &MountSpec) -> Result<(), BuildError> {
    let dir = directory(root, &m.path)?;
    let fail = |e: io::Error| BuildError::Failed(format!("making {} read-only: {e}", m.path));
    let fc = FsContext::pick(dir.as_fd()).map_err(fail)?;
    fc.flag("ro").map_err(fail)?;
    fc.reconfigure().map_err(fail)?;
    sys::mount_setattr(dir.as_fd(), sys::MOUNT_ATTR_RDONLY).map_err(fail)
}
