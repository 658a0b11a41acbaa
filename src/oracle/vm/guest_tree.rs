//! A scenario's world inside a VM: a fresh tmpfs (the world's root) under
//! a directory of the guest, its mounts and nodes made with the classic
//! system calls (the 4.12 guest has neither the new mount API nor openat2,
//! and needs neither: the VM is thrown away whole), and the probes chroot
//! into it.

use super::super::sys;
use super::super::tree::BuildError;
use super::super::world::{FsKind, MountSpec, NodeKind, WorldSpec};
use super::ext4;
use std::ffi::CString;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt, fchown};
use std::path::{Path, PathBuf};

fn c(path: &Path) -> Result<CString, String> {
    CString::new(path.as_os_str().as_encoded_bytes())
        .map_err(|_| format!("{}: a NUL in the path", path.display()))
}

/// `dir` joined with an absolute world path.
fn inside(dir: &Path, path: &str) -> PathBuf {
    dir.join(path.trim_start_matches('/'))
}

fn mount(m: &MountSpec, at: &Path, remount: bool) -> Result<(), String> {
    let mut device = None;
    let (source, fstype, data) = match m.fs {
        FsKind::Ext4 if remount => (c"none".to_owned(), c"ext4", String::new()),
        FsKind::Ext4 if ext4::available() => {
            static IMAGES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
            let packed =
                std::fs::read(ext4::TEMPLATE).map_err(|e| format!("{}: {e}", ext4::TEMPLATE))?;
            let n = IMAGES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let (path, fd) = ext4::attach(&packed, &format!("/img/{n}"))?;
            device = Some(fd);
            (c(Path::new(&path))?, c"ext4", String::new())
        }
        // A guest without ext4 has a tmpfs root (`vm::unsupported` refuses
        // other ext4 mounts there).
        FsKind::Ext4 | FsKind::Tmpfs => (c"tmpfs".to_owned(), c"tmpfs", "mode=0755".to_string()),
        FsKind::Hugetlbfs => (
            c"hugetlbfs".to_owned(),
            c"hugetlbfs",
            format!("pagesize={}", m.opts.pagesize),
        ),
    };
    let mut flags = 0;
    for (on, flag) in [
        (m.opts.noexec, libc::MS_NOEXEC),
        (m.opts.nosuid, libc::MS_NOSUID),
        (m.opts.nodev, libc::MS_NODEV),
        (m.opts.mand, libc::MS_MANDLOCK),
        (remount, libc::MS_REMOUNT | libc::MS_RDONLY),
    ] {
        if on {
            flags |= flag;
        }
    }
    let data = CString::new(data).map_err(|e| e.to_string())?;
    let target = c(at)?;
    // SAFETY: NUL-terminated strings alive for the call.
    let r = unsafe {
        libc::mount(
            source.as_ptr(),
            target.as_ptr(),
            fstype.as_ptr(),
            flags,
            data.as_ptr().cast(),
        )
    };
    if r != 0 {
        return Err(format!(
            "mount {} at {}: {}",
            m.path,
            at.display(),
            std::io::Error::last_os_error()
        ));
    }
    drop(device);
    if m.fs == FsKind::Ext4 && !remount && fstype == c"ext4" {
        // The model's filesystems have no lost+found.
        let lf = at.join("lost+found");
        std::fs::remove_dir(&lf).map_err(|e| format!("{}: {e}", lf.display()))?;
    }
    Ok(())
}

/// Directories on the way to `path`, root's and 0755, as the host oracle makes them.
fn parents(path: &Path) -> Result<(), String> {
    if let Some(p) = path.parent() {
        std::fs::create_dir_all(p).map_err(|e| format!("{}: {e}", p.display()))?;
    }
    Ok(())
}

/// Build `spec` under `dir`. A world no real machine can hold (a file under
/// a file, an unaligned hugetlbfs size, a name too long) is
/// [`BuildError::Unbuildable`], as on the host.
pub fn build(spec: &WorldSpec, dir: &Path) -> Result<(), BuildError> {
    let failed = BuildError::Failed;
    let unbuildable = BuildError::Unbuildable;
    std::fs::create_dir_all(dir).map_err(|e| failed(format!("{}: {e}", dir.display())))?;
    let (root, rest) = spec
        .mounts
        .split_first()
        .ok_or_else(|| failed("a world without a root".into()))?;
    mount(root, dir, false).map_err(failed)?;
    for m in rest {
        let at = inside(dir, &m.path);
        std::fs::create_dir_all(&at)
            .map_err(|e| unbuildable(format!("the mount point {}: {e}", m.path)))?;
        mount(m, &at, false).map_err(failed)?;
    }
    let mut flagged = Vec::new();
    for n in &spec.nodes {
        let at = inside(dir, &n.path);
        parents(&at).map_err(unbuildable)?;
        let err = |e: std::io::Error| unbuildable(format!("`{}`: {e}", n.path));
        match &n.kind {
            NodeKind::File(a) => {
                let f = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .mode(0o600)
                    .open(&at)
                    .map_err(err)?;
                f.set_len(a.size).map_err(|e| {
                    unbuildable(format!(
                        "a {}-byte file `{}` (hugetlbfs sizes are whole huge pages): {e}",
                        a.size, n.path
                    ))
                })?;
                fchown(&f, Some(a.uid), Some(a.gid)).map_err(err)?;
                f.set_permissions(std::fs::Permissions::from_mode(a.mode))
                    .map_err(err)?;
                let bits = if a.append { sys::FS_APPEND_FL } else { 0 }
                    | if a.immutable { sys::FS_IMMUTABLE_FL } else { 0 };
                if bits != 0 {
                    flagged.push((n.path.as_str(), f, bits));
                }
            }
            NodeKind::Dir { mode, uid, gid } => {
                if !at.is_dir() {
                    std::fs::create_dir(&at).map_err(err)?;
                }
                std::os::unix::fs::chown(&at, Some(*uid), Some(*gid)).map_err(err)?;
                std::fs::set_permissions(&at, std::fs::Permissions::from_mode(*mode))
                    .map_err(err)?;
            }
            NodeKind::CharDev { major, minor } => {
                let p = c(&at).map_err(unbuildable)?;
                // SAFETY: a NUL-terminated path alive for the call.
                let r = unsafe {
                    libc::mknod(
                        p.as_ptr(),
                        libc::S_IFCHR | 0o666,
                        libc::makedev(*major, *minor),
                    )
                };
                if r != 0 {
                    return Err(err(std::io::Error::last_os_error()));
                }
                std::fs::set_permissions(&at, std::fs::Permissions::from_mode(0o666))
                    .map_err(err)?;
            }
            NodeKind::Fifo => {
                let p = c(&at).map_err(unbuildable)?;
                // SAFETY: as above.
                if unsafe { libc::mkfifo(p.as_ptr(), 0o644) } != 0 {
                    return Err(err(std::io::Error::last_os_error()));
                }
                std::fs::set_permissions(&at, std::fs::Permissions::from_mode(0o644))
                    .map_err(err)?;
            }
        }
    }
    // FS flags last: an immutable file takes no further change.
    for (path, f, bits) in flagged {
        use std::os::fd::AsFd;
        sys::add_fs_flags(f.as_fd(), bits)
            .map_err(|e| unbuildable(format!("chattr `{path}`: {e}")))?;
    }
    // Read-only mounts become so once their contents exist.
    for m in spec.mounts.iter().rev().filter(|m| m.opts.ro) {
        mount(m, &inside(dir, &m.path), true).map_err(failed)?;
    }
    Ok(())
}

/// Take a world away: its mounts go at once (lazily), then the directory.
pub fn remove(dir: &Path) {
    if let Ok(p) = c(dir) {
        // SAFETY: a NUL-terminated path alive for the call.
        unsafe { libc::umount2(p.as_ptr(), libc::MNT_DETACH) };
    }
    let _ = std::fs::remove_dir(dir);
}
