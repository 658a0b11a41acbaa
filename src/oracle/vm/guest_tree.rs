//! A scenario's world inside a VM: a fresh tmpfs (the world's root) under
//! a directory of the guest, its mounts and nodes made with the classic
//! system calls (the 4.12 guest has neither the new mount API nor openat2,
//! and needs neither: the VM is thrown away whole), and the probes chroot
//! into it.

use super::super::world::{FsKind, MountSpec, NodeKind, WorldSpec};
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
    let (source, fstype, data) = match m.fs {
        // The 4.12 guest has no block devices: its ext4 root is a tmpfs
        // (`vm::unsupported` refuses other ext4 mounts).
        FsKind::Ext4 | FsKind::Tmpfs => (c"tmpfs", c"tmpfs", "mode=0755".to_string()),
        FsKind::Hugetlbfs => (
            c"hugetlbfs",
            c"hugetlbfs",
            format!("pagesize={}", m.pagesize),
        ),
    };
    let mut flags = 0;
    for (on, flag) in [
        (m.noexec, libc::MS_NOEXEC),
        (m.nosuid, libc::MS_NOSUID),
        (m.nodev, libc::MS_NODEV),
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
    Ok(())
}

/// Directories on the way to `path`, root's and 0755, as the host oracle makes them.
fn parents(path: &Path) -> Result<(), String> {
    if let Some(p) = path.parent() {
        std::fs::create_dir_all(p).map_err(|e| format!("{}: {e}", p.display()))?;
    }
    Ok(())
}

/// Build `spec` under `dir`.
pub fn build(spec: &WorldSpec, dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let (root, rest) = spec.mounts.split_first().ok_or("a world without a root")?;
    mount(root, dir, false)?;
    for m in rest {
        let at = inside(dir, &m.path);
        std::fs::create_dir_all(&at).map_err(|e| format!("{}: {e}", at.display()))?;
        mount(m, &at, false)?;
    }
    for n in &spec.nodes {
        let at = inside(dir, &n.path);
        parents(&at)?;
        let err = |e: std::io::Error| format!("{}: {e}", n.path);
        match &n.kind {
            NodeKind::File(a) => {
                let f = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .mode(0o600)
                    .open(&at)
                    .map_err(err)?;
                f.set_len(a.size).map_err(err)?;
                fchown(&f, Some(a.uid), Some(a.gid)).map_err(err)?;
                f.set_permissions(std::fs::Permissions::from_mode(a.mode))
                    .map_err(err)?;
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
                let p = c(&at)?;
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
                let p = c(&at)?;
                // SAFETY: as above.
                if unsafe { libc::mkfifo(p.as_ptr(), 0o644) } != 0 {
                    return Err(err(std::io::Error::last_os_error()));
                }
                std::fs::set_permissions(&at, std::fs::Permissions::from_mode(0o644))
                    .map_err(err)?;
            }
        }
    }
    // Read-only mounts become so once their contents exist.
    for m in spec.mounts.iter().rev().filter(|m| m.ro) {
        mount(m, &inside(dir, &m.path), true)?;
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
