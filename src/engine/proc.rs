//! What /proc/PID/maps and /proc/PID/status show (fs/proc/task_mmu.c),
//! as data; the report layer prints it.

use super::machine::{Machine, Pid};
use super::vma::*;
use serde::Serialize;

/// One /proc/PID/maps line (show_map_vma, fs/proc/task_mmu.c:281-355).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MapsEntry {
    pub start: u64,
    pub end: u64,
    /// `rwxp` / `rw-s`: the last column is `s` for VM_MAYSHARE.
    pub perms: String,
    pub offset: u64,
    pub dev: (u32, u32),
    pub inode: u64,
    pub name: Option<String>,
}

/// The fields of /proc/PID/status the model computes (task_mem,
/// fs/proc/task_mmu.c:25-85), plus the VMA count and /proc/meminfo's Committed_AS.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct StatusInfo {
    pub vm_size_kb: u64,
    pub vm_lck_kb: u64,
    pub vm_data_kb: u64,
    pub vm_stk_kb: u64,
    pub vm_exe_kb: u64,
    pub vm_lib_kb: u64,
    pub map_count: u64,
    pub committed_as_kb: u64,
}

impl StatusInfo {
    /// (name, value, printed with kB) in /proc's order
    /// (`uapi::STATUS_FIELDS`).
    pub fn fields(&self) -> [(&'static str, u64, bool); 8] {
        let values = [
            self.vm_size_kb,
            self.vm_lck_kb,
            self.vm_data_kb,
            self.vm_stk_kb,
            self.vm_exe_kb,
            self.vm_lib_kb,
            self.map_count,
            self.committed_as_kb,
        ];
        std::array::from_fn(|i| {
            let name = crate::uapi::STATUS_FIELDS[i];
            (name, values[i], name != "MapCount")
        })
    }
}

const KB_PER_PAGE: u64 = PAGE_SIZE >> 10;

impl Machine {
    pub fn maps(&self, pid: Pid) -> Vec<MapsEntry> {
        let mm = &self.tasks[pid].mm;
        let vfs = &self.world.vfs;
        mm.vmas()
            .iter()
            .map(|id| {
                let v = mm.vma(id);
                let perms: String = [
                    if v.flags & VM_READ != 0 { 'r' } else { '-' },
                    if v.flags & VM_WRITE != 0 { 'w' } else { '-' },
                    if v.flags & VM_EXEC != 0 { 'x' } else { '-' },
                    if v.flags & VM_MAYSHARE != 0 { 's' } else { 'p' },
                ]
                .iter()
                .collect();
                // No heap, stack or vDSO in the model, so only file names apply.
                let (offset, dev, inode, name) = match v.file {
                    Some(f) => {
                        let file = vfs.file(f);
                        let i = vfs.inode(file.inode);
                        let mut name = i.path.replace('\n', "\\012");
                        if i.unlinked {
                            name.push_str(" (deleted)");
                        }
                        (
                            v.pgoff << PAGE_SHIFT,
                            vfs.inode_dev(file.inode),
                            i.ino,
                            Some(name),
                        )
                    }
                    None => match v.ops {
                        super::vma::VmOps::Special(name) => (0, (0, 0), 0, Some(name.to_string())),
                        _ => (0, (0, 0), 0, None),
                    },
                };
                MapsEntry {
                    start: mm.start(id),
                    end: mm.end(id),
                    perms,
                    offset,
                    dev,
                    inode,
                    name,
                }
            })
            .collect()
    }

    pub fn status(&self, pid: Pid) -> StatusInfo {
        let mm = &self.tasks[pid].mm;
        let c = mm.counters;
        StatusInfo {
            vm_size_kb: c.total_vm * KB_PER_PAGE,
            vm_lck_kb: c.locked_vm * KB_PER_PAGE,
            vm_data_kb: c.data_vm * KB_PER_PAGE,
            vm_stk_kb: c.stack_vm * KB_PER_PAGE,
            // No program image: text is 0, so every exec mapping counts as a library.
            vm_exe_kb: 0,
            vm_lib_kb: c.exec_vm * KB_PER_PAGE,
            map_count: mm.map_count(),
            committed_as_kb: self.world.committed * KB_PER_PAGE,
        }
    }
}
