//! Building the engine's machine from a scenario's declarations: memory and
//! sysctls first (the reserves depend on memory), then mounts, then the files
//! in the order declared (which fixes their inode numbers).

use super::RunError;
use crate::engine::fs::{DeviceKind, FsType, InodeKind, Vfs};
use crate::engine::{Kernel, Machine, MemoryConfig, Sysctls};
use crate::syntax::ast::{Attr, Expr, MachineDecl, MountOption, Scenario, Span};

fn eval(e: &Expr) -> Result<u64, RunError> {
    e.eval(&|_| None).map_err(|err| RunError {
        message: err.to_string(),
        span: e.span,
        help: Some(
            "machine declarations are evaluated before any call, so they cannot use variables"
                .into(),
        ),
    })
}

fn bad(span: Span, message: String) -> RunError {
    RunError {
        message,
        span,
        help: None,
    }
}

/// What a `file` or `dir` line says, with the language's defaults (mode
/// 0644 for files, 0755 for directories, owner 0:0, the group following the
/// owner when only the owner is given).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FileAttrs {
    pub size: u64,
    pub mode: u32,
    pub uid: u32,
    pub gid: u32,
    pub append: bool,
    pub immutable: bool,
}

pub fn file_attrs(is_dir: bool, attrs: &[Attr]) -> Result<FileAttrs, RunError> {
    let mut f = FileAttrs {
        size: 0,
        mode: if is_dir { 0o755 } else { 0o644 },
        uid: 0,
        gid: 0,
        append: false,
        immutable: false,
    };
    for a in attrs {
        match a {
            Attr::Size(e, _) => f.size = eval(e)?,
            Attr::Mode(e, _) => f.mode = eval(e)? as u32 & 0o7777,
            Attr::Owner(u, g, _) => {
                f.uid = eval(u)? as u32;
                f.gid = match g {
                    Some(g) => eval(g)? as u32,
                    None => f.uid,
                };
            }
            Attr::Append(_) => f.append = true,
            Attr::Immutable(_) => f.immutable = true,
            Attr::Unknown(name) => {
                return Err(bad(
                    name.span,
                    format!("unknown attribute `{}`", name.value),
                ));
            }
        }
    }
    Ok(f)
}

/// What a `mount` line's options say (the defaults: rw, exec, 2 MiB huge pages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MountOptions {
    pub ro: bool,
    pub noexec: bool,
    pub nosuid: bool,
    pub nodev: bool,
    pub mand: bool,
    pub pagesize: u64,
}

pub fn mount_options(options: &[MountOption]) -> Result<MountOptions, RunError> {
    let mut m = MountOptions {
        ro: false,
        noexec: false,
        nosuid: false,
        nodev: false,
        mand: false,
        pagesize: 2 << 20,
    };
    for opt in options {
        match opt.name.value.as_str() {
            "ro" => m.ro = true,
            "rw" => m.ro = false,
            "noexec" => m.noexec = true,
            "exec" => m.noexec = false,
            "nosuid" => m.nosuid = true,
            "nodev" => m.nodev = true,
            "mand" => m.mand = true,
            "pagesize" => {
                if let Some(v) = &opt.value {
                    let size = eval(v)?;
                    // hugetlbfs refuses sizes it has no hstate for.
                    if size != 2 << 20 && size != 1 << 30 {
                        return Err(RunError {
                            message: format!("hugetlbfs has no {size}-byte huge pages"),
                            span: v.span,
                            help: Some("x86-64 huge pages are pagesize=2M or pagesize=1G".into()),
                        });
                    }
                    m.pagesize = size;
                }
            }
            other => {
                return Err(bad(
                    opt.name.span,
                    format!("unknown mount option `{other}`"),
                ));
            }
        }
    }
    Ok(m)
}

/// The mode of a `device` node (the language gives none): root's, 0666 as
/// devtmpfs creates /dev/zero and /dev/null.
pub const DEVICE_MODE: u32 = 0o666;
/// The mode of a `fifo` node: root's, 0644 (mkfifo under umask 022).
pub const FIFO_MODE: u32 = 0o644;

/// The machine a scenario's declarations start from. The language's own
/// defaults (`MachineDefaults::language()`), or another machine's figures:
/// the host oracle runs the model with the host's sysctls and memory for
/// everything the scenario does not declare.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MachineDefaults {
    pub memory: MemoryConfig,
    /// None: Linux's defaults for the memory (the reserves depend on it).
    pub sysctls: Option<Sysctls>,
    /// The CPU has protection keys, turned on (OSPKE). The language's
    /// machine has none.
    pub pku: bool,
}

impl MachineDefaults {
    pub fn language() -> MachineDefaults {
        MachineDefaults {
            memory: MemoryConfig::default(),
            sysctls: None,
            pku: false,
        }
    }
}

pub fn build(
    kernel: Kernel,
    scenario: &Scenario,
    defaults: &MachineDefaults,
) -> Result<Machine, RunError> {
    let mut mem = defaults.memory;
    for decl in &scenario.machine {
        if let MachineDecl::Memory { fields, .. } = decl {
            for (name, value) in fields {
                let v = eval(value)?;
                match name.value.as_str() {
                    "total" => mem.total = v,
                    "free" => mem.free = v,
                    "swap" => mem.swap = v,
                    "hugepages" => mem.hugepages = v,
                    other => return Err(bad(name.span, format!("unknown memory field `{other}`"))),
                }
            }
        }
    }
    let mut sys = defaults.sysctls.unwrap_or_else(|| Sysctls::defaults(&mem));
    let mut vfs = Vfs::new();
    for decl in &scenario.machine {
        match decl {
            MachineDecl::Sysctl { name, value, .. } => {
                let v = eval(value)?;
                let Some(slot) = sys.slot_mut(&name.value) else {
                    return Err(bad(name.span, format!("unknown sysctl `{}`", name.value)));
                };
                *slot = v;
            }
            MachineDecl::Mount {
                path,
                fstype,
                options,
                ..
            } => {
                let fs = match fstype.value.as_str() {
                    "ext4" => FsType::Ext4,
                    "tmpfs" => FsType::Tmpfs,
                    "hugetlbfs" => FsType::Hugetlbfs,
                    other => {
                        return Err(bad(
                            fstype.span,
                            format!("unknown filesystem type `{other}`"),
                        ));
                    }
                };
                let o = mount_options(options)?;
                let id = vfs.add_mount(&path.value, fs) as usize;
                let m = &mut vfs.mounts[id];
                (m.ro, m.noexec, m.nosuid, m.nodev, m.mand, m.pagesize) =
                    (o.ro, o.noexec, o.nosuid, o.nodev, o.mand, o.pagesize);
            }
            _ => {}
        }
    }
    if sys.overcommit_memory > 2 {
        // The sysctl handler refuses other values; keep the model's modes meaningful.
        return Err(bad(
            scenario_span(scenario),
            "vm.overcommit_memory must be 0, 1 or 2".into(),
        ));
    }
    for decl in &scenario.machine {
        match decl {
            MachineDecl::File { path, attrs, .. } | MachineDecl::Dir { path, attrs, .. } => {
                let is_dir = matches!(decl, MachineDecl::Dir { .. });
                let FileAttrs {
                    size,
                    mode,
                    uid,
                    gid,
                    append,
                    immutable,
                } = file_attrs(is_dir, attrs)?;
                let kind = if is_dir {
                    InodeKind::Dir
                } else {
                    InodeKind::Regular
                };
                let id = vfs.add_inode(&path.value, kind, mode, uid, gid);
                let inode = vfs.inode_mut(id);
                inode.size = size;
                inode.append = append;
                inode.immutable = immutable;
            }
            MachineDecl::Device { path, kind, .. } => {
                let k = match kind.value.as_str() {
                    "zero" => DeviceKind::Zero,
                    "null" => DeviceKind::Null,
                    "nommap" => DeviceKind::NoMmap,
                    other => return Err(bad(kind.span, format!("unknown device kind `{other}`"))),
                };
                vfs.add_inode(&path.value, InodeKind::CharDev(k), DEVICE_MODE, 0, 0);
            }
            MachineDecl::Fifo { path, .. } => {
                vfs.add_inode(&path.value, InodeKind::Fifo, FIFO_MODE, 0, 0);
            }
            _ => {}
        }
    }
    let mut machine = Machine::new(kernel, sys, mem, vfs);
    machine.world.pku = defaults.pku;
    Ok(machine)
}

fn scenario_span(scenario: &Scenario) -> Span {
    scenario
        .machine
        .iter()
        .find_map(|d| match d {
            MachineDecl::Sysctl { name, .. } if name.value == "vm.overcommit_memory" => {
                Some(name.span)
            }
            _ => None,
        })
        .unwrap_or_default()
}
