//! The scenario's machine, built for real: a description made from the
//! declarations (pure), and the holder process (`mmrun __oracle-ns`) that
//! builds it inside a private mount namespace under a temporary root and
//! keeps the namespace alive while the probes run.

use super::sys;
use crate::syntax::ast::{Expr, MachineDecl, Scenario};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MountSpec {
    pub path: String,
    pub fstype: String,
    pub ro: bool,
    pub noexec: bool,
    pub nosuid: bool,
    pub nodev: bool,
    pub pagesize: u64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum NodeKind {
    File {
        size: u64,
        mode: u32,
        uid: u32,
        gid: u32,
        append: bool,
        immutable: bool,
    },
    Dir {
        mode: u32,
        uid: u32,
        gid: u32,
    },
    CharDev {
        major: u32,
        minor: u32,
    },
    Fifo,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct NodeSpec {
    pub path: String,
    pub kind: NodeKind,
}

/// Everything the holder builds, under `root`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct WorldSpec {
    pub root: PathBuf,
    pub mounts: Vec<MountSpec>,
    pub nodes: Vec<NodeSpec>,
}

fn eval(e: &Expr) -> Result<u64, String> {
    e.eval(&|_| None).map_err(|e| e.to_string())
}

/// The sysctls a scenario may set, and their files.
fn host_sysctl(name: &str) -> Option<u64> {
    let file = name.strip_prefix("vm.")?;
    if file.contains('/') || file.contains("..") {
        return None;
    }
    std::fs::read_to_string(format!("/proc/sys/vm/{file}"))
        .ok()?
        .trim()
        .parse()
        .ok()
}

/// The world to build, or the reasons the scenario cannot run on this host.
pub fn describe(scenario: &Scenario, root: &Path) -> Result<WorldSpec, Vec<String>> {
    let mut why = Vec::new();
    let mut spec = WorldSpec {
        root: root.to_path_buf(),
        mounts: Vec::new(),
        nodes: Vec::new(),
    };
    for decl in &scenario.machine {
        match decl {
            MachineDecl::Memory { .. } => {
                why.push("a `memory` line: the host's memory cannot be set".into());
            }
            MachineDecl::Sysctl { name, value, .. } => {
                match (eval(value), host_sysctl(&name.value)) {
                    (Ok(v), Some(h)) if v == h => {}
                    (Ok(v), Some(h)) => why.push(format!(
                        "sysctl {} = {v}, but the host has {h} (global state is never changed)",
                        name.value
                    )),
                    (Ok(_), None) => {
                        why.push(format!("sysctl {} cannot be read on the host", name.value))
                    }
                    (Err(e), _) => why.push(e),
                }
            }
            MachineDecl::Mount {
                path,
                fstype,
                options,
                ..
            } => {
                // `mand` is read but unused: 6.18 ignores it (it only warns).
                let o = match crate::runner::world::mount_options(options) {
                    Ok(o) => o,
                    Err(e) => {
                        why.push(e.message);
                        continue;
                    }
                };
                let mut m = MountSpec {
                    path: path.value.clone(),
                    fstype: fstype.value.clone(),
                    ro: o.ro,
                    noexec: o.noexec,
                    nosuid: o.nosuid,
                    nodev: o.nodev,
                    pagesize: o.pagesize,
                };
                if !matches!(m.fstype.as_str(), "ext4" | "tmpfs" | "hugetlbfs") {
                    why.push(format!("filesystem type `{}`", m.fstype));
                }
                // A read-only ext4 is read-only at the superblock (EROFS
                // before the mode bits); a read-only bind mount would not
                // be, so it becomes a fresh tmpfs mounted read-only.
                if m.fstype == "ext4" && m.ro {
                    m.fstype = "tmpfs".into();
                }
                if m.path == "/" {
                    why.push("a mount on `/` (the probe's root stays the host's ext4)".into());
                }
                spec.mounts.push(m);
            }
            MachineDecl::File { path, attrs, .. } | MachineDecl::Dir { path, attrs, .. } => {
                let is_dir = matches!(decl, MachineDecl::Dir { .. });
                let attrs = match crate::runner::world::file_attrs(is_dir, attrs) {
                    Ok(a) => a,
                    Err(e) => {
                        why.push(e.message);
                        continue;
                    }
                };
                let crate::runner::world::FileAttrs {
                    size,
                    mode,
                    uid,
                    gid,
                    append,
                    immutable,
                } = attrs;
                if size > 1 << 30 {
                    why.push(format!(
                        "a {size}-byte file (too large to create on the host)"
                    ));
                }
                let kind = if is_dir {
                    NodeKind::Dir { mode, uid, gid }
                } else {
                    NodeKind::File {
                        size,
                        mode,
                        uid,
                        gid,
                        append,
                        immutable,
                    }
                };
                spec.nodes.push(NodeSpec {
                    path: path.value.clone(),
                    kind,
                });
            }
            MachineDecl::Device { path, kind, .. } => {
                // mem.c's minors: zero has an mmap method, null and full do not.
                let minor = match kind.value.as_str() {
                    "zero" => 5,
                    "null" => 3,
                    "nommap" => 7,
                    other => {
                        why.push(format!("device kind `{other}`"));
                        continue;
                    }
                };
                spec.nodes.push(NodeSpec {
                    path: path.value.clone(),
                    kind: NodeKind::CharDev { major: 1, minor },
                });
            }
            MachineDecl::Fifo { path, .. } => spec.nodes.push(NodeSpec {
                path: path.value.clone(),
                kind: NodeKind::Fifo,
            }),
        }
    }
    for p in spec
        .mounts
        .iter()
        .map(|m| &m.path)
        .chain(spec.nodes.iter().map(|n| &n.path))
    {
        if !p.starts_with('/') || p.split('/').any(|c| c == "..") {
            why.push(format!("path `{p}` (absolute paths without `..` only)"));
        } else if p == "/proc" || p.starts_with("/proc/") {
            why.push(format!("path `{p}` (the probe needs /proc)"));
        }
    }
    if why.is_empty() { Ok(spec) } else { Err(why) }
}

/// A scenario path under the temporary root.
pub fn host_path(root: &Path, p: &str) -> PathBuf {
    root.join(p.trim_start_matches('/'))
}

/// The files that get FS flags: they must be cleared before removal.
pub fn flagged(spec: &WorldSpec) -> Vec<PathBuf> {
    spec.nodes
        .iter()
        .filter(|n| {
            matches!(
                n.kind,
                NodeKind::File { append, immutable, .. } if append || immutable
            )
        })
        .map(|n| host_path(&spec.root, &n.path))
        .collect()
}

pub fn clear_flags(paths: &[PathBuf]) {
    for p in paths {
        let _ = sys::change_fs_flags(p, sys::FS_APPEND_FL | sys::FS_IMMUTABLE_FL, false);
    }
}

fn mount_flags(m: &MountSpec) -> libc::c_ulong {
    let mut f = 0;
    if m.noexec {
        f |= libc::MS_NOEXEC;
    }
    if m.nosuid {
        f |= libc::MS_NOSUID;
    }
    if m.nodev {
        f |= libc::MS_NODEV;
    }
    f
}

fn ctx<T>(r: std::io::Result<T>, what: &str, p: &Path) -> Result<T, String> {
    r.map_err(|e| format!("{what} {}: {e}", p.display()))
}

/// Build the world (in the holder, already in its own mount namespace).
fn build(spec: &WorldSpec) -> Result<(), String> {
    use std::os::unix::fs::{PermissionsExt, chown};
    sys::set_umask(0);
    let perm = |p: &Path, mode: u32| {
        ctx(
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)),
            "chmod",
            p,
        )
    };
    // Mounts first, writable; `ro` is applied once the files exist.
    for m in &spec.mounts {
        let target = host_path(&spec.root, &m.path);
        ctx(std::fs::create_dir_all(&target), "mkdir", &target)?;
        let flags = mount_flags(m);
        let r = match m.fstype.as_str() {
            "tmpfs" => sys::mount("tmpfs", &target, Some("tmpfs"), flags, Some("mode=0755")),
            "hugetlbfs" => sys::mount(
                "hugetlbfs",
                &target,
                Some("hugetlbfs"),
                flags,
                Some(&format!("pagesize={}", m.pagesize)),
            ),
            // Another ext4: the same directory bound onto itself, with its
            // own mount flags.
            _ => sys::mount(
                target.to_str().unwrap_or_default(),
                &target,
                None,
                libc::MS_BIND,
                None,
            )
            .and_then(|_| {
                sys::mount(
                    "none",
                    &target,
                    None,
                    libc::MS_REMOUNT | libc::MS_BIND | flags,
                    None,
                )
            }),
        };
        ctx(r, &format!("mount {}", m.fstype), &target)?;
    }
    for n in &spec.nodes {
        let p = host_path(&spec.root, &n.path);
        if let Some(parent) = p.parent() {
            ctx(std::fs::create_dir_all(parent), "mkdir", parent)?;
        }
        match n.kind {
            NodeKind::File {
                size,
                mode,
                uid,
                gid,
                ..
            } => {
                let f = ctx(std::fs::File::create(&p), "create", &p)?;
                ctx(f.set_len(size), "truncate", &p)?;
                ctx(chown(&p, Some(uid), Some(gid)), "chown", &p)?;
                perm(&p, mode)?;
            }
            NodeKind::Dir { mode, uid, gid } => {
                if !p.is_dir() {
                    ctx(std::fs::create_dir(&p), "mkdir", &p)?;
                }
                ctx(chown(&p, Some(uid), Some(gid)), "chown", &p)?;
                perm(&p, mode)?;
            }
            NodeKind::CharDev { major, minor } => {
                ctx(sys::mknod_char(&p, 0o666, major, minor), "mknod", &p)?;
            }
            NodeKind::Fifo => ctx(sys::mkfifo(&p, 0o644), "mkfifo", &p)?,
        }
    }
    for n in &spec.nodes {
        if let NodeKind::File {
            append, immutable, ..
        } = n.kind
        {
            let bits = if append { sys::FS_APPEND_FL } else { 0 }
                | if immutable { sys::FS_IMMUTABLE_FL } else { 0 };
            if bits != 0 {
                let p = host_path(&spec.root, &n.path);
                ctx(sys::change_fs_flags(&p, bits, true), "chattr", &p)?;
            }
        }
    }
    for m in spec.mounts.iter().filter(|m| m.ro) {
        let target = host_path(&spec.root, &m.path);
        let bind = if m.fstype == "ext4" { libc::MS_BIND } else { 0 };
        ctx(
            sys::mount(
                "none",
                &target,
                None,
                libc::MS_REMOUNT | bind | libc::MS_RDONLY | mount_flags(m),
                None,
            ),
            "remount ro",
            &target,
        )?;
    }
    // The probe reads its own /proc/self/maps inside the chroot.
    let proc_dir = spec.root.join("proc");
    ctx(std::fs::create_dir_all(&proc_dir), "mkdir", &proc_dir)?;
    ctx(
        sys::mount(
            "proc",
            &proc_dir,
            Some("proc"),
            libc::MS_NOSUID | libc::MS_NODEV | libc::MS_NOEXEC,
            None,
        ),
        "mount proc",
        &proc_dir,
    )?;
    Ok(())
}

/// `mmrun __oracle-ns`: read the world (one JSON line) from stdin, build it
/// in a fresh private mount namespace, answer `ready` (or `error: ...`) on
/// stdout, then hold the namespace until stdin closes. The namespace, its
/// tmpfs mounts and everything in them vanish when this process exits.
pub fn holder_main() -> std::process::ExitCode {
    let mut stdin = std::io::stdin().lock();
    let mut line = String::new();
    let mut out = std::io::stdout();
    let spec: WorldSpec = match stdin
        .read_line(&mut line)
        .map_err(|e| e.to_string())
        .and_then(|_| serde_json::from_str(&line).map_err(|e| e.to_string()))
    {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(out, "error: bad world description: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let built = sys::private_mount_namespace()
        .map_err(|e| format!("private mount namespace: {e}"))
        .and_then(|_| build(&spec));
    let status = match &built {
        Ok(()) => writeln!(out, "ready"),
        Err(e) => writeln!(out, "error: {e}"),
    };
    let _ = status.and_then(|_| out.flush());
    // Hold the namespace until the parent closes our stdin.
    let mut sink = [0u8; 256];
    while matches!(stdin.read(&mut sink), Ok(n) if n > 0) {}
    clear_flags(&flagged(&spec));
    if built.is_ok() {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::from(2)
    }
}
