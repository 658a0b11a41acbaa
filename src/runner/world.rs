//! Building the engine's machine from a scenario's typed declarations
//! (`syntax::decl`): memory and sysctls first (the reserves depend on
//! memory), then mounts, then the files in the order declared (which fixes
//! their inode numbers).

use super::RunError;
use crate::engine::fs::{FsType, InodeKind, Vfs};
use crate::engine::{Kernel, Machine, MemoryConfig, Sysctls};
use crate::syntax::ast::{Scenario, Span};
use crate::syntax::decl::{DEVICE_MODE, Decl, FIFO_MODE, Filesystem, Sysctl};

fn bad(span: Span, message: String) -> RunError {
    RunError {
        message,
        span,
        help: None,
    }
}

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
    /// The CPU has LA57 (5-level paging) whether or not the scenario's
    /// `arch` line says so: the oracle's machine.
    pub la57: bool,
}

impl MachineDefaults {
    pub fn language() -> MachineDefaults {
        MachineDefaults {
            memory: MemoryConfig::default(),
            sysctls: None,
            pku: false,
            la57: false,
        }
    }
}

pub fn build(
    kernel: Kernel,
    scenario: &Scenario,
    defaults: &MachineDefaults,
) -> Result<Machine, RunError> {
    let mut mem = defaults.memory;
    for decl in &scenario.declarations {
        if let Decl::Memory { memory, .. } = decl {
            mem.total = memory.total.unwrap_or(mem.total);
            mem.free = memory.free.unwrap_or(mem.free);
            mem.swap = memory.swap.unwrap_or(mem.swap);
            mem.hugepages = memory.hugepages.unwrap_or(mem.hugepages);
        }
    }
    let mut sys = defaults.sysctls.unwrap_or_else(|| Sysctls::defaults(&mem));
    let mut vfs = Vfs::new();
    let mut overcommit_span = None;
    for decl in &scenario.declarations {
        match decl {
            Decl::Sysctl {
                sysctl,
                value,
                span,
            } => {
                *sys.slot_mut(*sysctl) = *value;
                if *sysctl == Sysctl::OvercommitMemory {
                    overcommit_span = Some(*span);
                }
            }
            Decl::Mount {
                path,
                fs,
                options: o,
                pagesize_span,
                ..
            } => {
                // hugetlbfs refuses sizes it has no hstate for.
                if let Some(at) = pagesize_span
                    && o.pagesize != 2 << 20
                    && o.pagesize != 1 << 30
                {
                    return Err(RunError {
                        message: format!("hugetlbfs has no {}-byte huge pages", o.pagesize),
                        span: *at,
                        help: Some("x86-64 huge pages are pagesize=2M or pagesize=1G".into()),
                    });
                }
                let fstype = match fs {
                    Filesystem::Ext4 => FsType::Ext4,
                    Filesystem::Tmpfs => FsType::Tmpfs,
                    Filesystem::Hugetlbfs => FsType::Hugetlbfs,
                };
                let id = vfs.add_mount(path, fstype) as usize;
                vfs.mounts[id].opts = *o;
            }
            _ => {}
        }
    }
    if sys.overcommit_memory > 2 {
        // The sysctl handler refuses other values; keep the model's modes meaningful.
        return Err(bad(
            overcommit_span.unwrap_or_default(),
            "vm.overcommit_memory must be 0, 1 or 2".into(),
        ));
    }
    for decl in &scenario.declarations {
        match decl {
            Decl::File { path, attrs, .. } | Decl::Dir { path, attrs, .. } => {
                let kind = if matches!(decl, Decl::Dir { .. }) {
                    InodeKind::Dir
                } else {
                    InodeKind::Regular
                };
                let id = vfs.add_inode(path, kind, attrs.mode, attrs.uid, attrs.gid);
                let inode = vfs.inode_mut(id);
                inode.size = attrs.size;
                inode.append = attrs.append;
                inode.immutable = attrs.immutable;
            }
            Decl::Device { path, kind, .. } => {
                vfs.add_inode(path, InodeKind::CharDev(*kind), DEVICE_MODE, 0, 0);
            }
            Decl::Fifo { path, .. } => {
                vfs.add_inode(path, InodeKind::Fifo, FIFO_MODE, 0, 0);
            }
            _ => {}
        }
    }
    let mut machine = Machine::new(kernel, sys, mem, vfs);
    machine.world.pku = defaults.pku;
    machine.world.la57 = defaults.la57 || scenario.cpu_features.iter().any(|f| f.value == "la57");
    Ok(machine)
}
