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
    /// The VMA's `VmFlags:` line of /proc/PID/smaps (show_smap_vma_flags),
    /// when smaps was asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vm_flags: Option<String>,
    /// The VMA's memory use as smaps counts it, when smaps was asked for
    /// and the model knows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage: Option<Usage>,
}

/// What smaps_account (fs/proc/task_mmu.c) counts for one VMA, in kB: the
/// pages its page tables map (not the zero page, not hugetlb pages), each
/// page's share of them (Pss: a page mapped N times counts 1/N), the
/// anonymous ones, and Pss again for a locked VMA.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Usage {
    pub rss_kb: u64,
    pub pss_kb: u64,
    pub anonymous_kb: u64,
    pub locked_kb: u64,
}

impl Usage {
    /// The fields as smaps prints them, in its order.
    pub fn fields(&self) -> [(&'static str, u64); 4] {
        [
            ("Rss", self.rss_kb),
            ("Pss", self.pss_kb),
            ("Anonymous", self.anonymous_kb),
            ("Locked", self.locked_kb),
        ]
    }
}

/// show_smap_vma_flags (4.12 fs/proc/task_mmu.c:620-685): the two-letter
/// name of each flag bit set, in bit order, from the profile's table; a bit
/// the table does not name prints `??`. Every VMA carries VM_SOFTDIRTY
/// where the kernel has CONFIG_MEM_SOFT_DIRTY (nothing here clears it).
pub fn show_smap_vma_flags(flags: u64, profile: &super::profile::Profile) -> String {
    let mut flags = flags;
    if profile.soft_dirty {
        flags |= VM_SOFTDIRTY;
    }
    let mut out = String::new();
    for bit in 0..64 {
        if flags & (1u64 << bit) == 0 {
            continue;
        }
        let name = profile
            .vm_flag_names
            .iter()
            .find(|&&(b, _)| b == bit)
            .map_or("??", |&(_, n)| n);
        // The protection-key bits have empty names: ProtectionKey shows them.
        if !name.is_empty() {
            out.push_str(name);
            out.push(' ');
        }
    }
    out
}

/// The fields of /proc/PID/status the model computes (task_mem,
/// fs/proc/task_mmu.c:25-85), plus the VMA count and /proc/meminfo's Committed_AS.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct StatusInfo {
    pub vm_size_kb: u64,
    pub vm_lck_kb: u64,
    /// The RSS counters (MM_ANONPAGES, MM_FILEPAGES, MM_SHMEMPAGES), where
    /// the model knows the page tables (not once a disk file's fault may
    /// have mapped pages around it from the page cache).
    pub rss: Option<Rss>,
    pub vm_data_kb: u64,
    pub vm_stk_kb: u64,
    pub vm_exe_kb: u64,
    pub vm_lib_kb: u64,
    pub map_count: u64,
    pub committed_as_kb: u64,
}

/// task_mem's RSS lines, in kB.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Rss {
    pub anon_kb: u64,
    pub file_kb: u64,
    pub shmem_kb: u64,
}

impl StatusInfo {
    /// (name, value, printed with kB) in /proc's order
    /// (`uapi::STATUS_FIELDS`), the RSS lines only where known.
    pub fn fields(&self) -> Vec<(&'static str, u64, bool)> {
        let rss = self.rss.map(|r| {
            [
                // A judge's figures less the probe's may wrap (6.1's
                // counters lag behind): the sum is unsigned long's, wrapping.
                r.anon_kb.wrapping_add(r.file_kb).wrapping_add(r.shmem_kb),
                r.anon_kb,
                r.file_kb,
                r.shmem_kb,
            ]
        });
        let values = [
            Some(self.vm_size_kb),
            Some(self.vm_lck_kb),
            rss.map(|r| r[0]),
            rss.map(|r| r[1]),
            rss.map(|r| r[2]),
            rss.map(|r| r[3]),
            Some(self.vm_data_kb),
            Some(self.vm_stk_kb),
            Some(self.vm_exe_kb),
            Some(self.vm_lib_kb),
            Some(self.map_count),
            Some(self.committed_as_kb),
        ];
        crate::uapi::STATUS_FIELDS
            .iter()
            .zip(values)
            .filter_map(|(&name, v)| Some((name, v?, name != "MapCount")))
            .collect()
    }

    /// The fields known on both sides whose values differ, among those
    /// `keep` names: what a comparison of two status tables reports.
    pub fn differing(
        &self,
        other: &StatusInfo,
        keep: impl Fn(&str) -> bool,
    ) -> Vec<(&'static str, u64, u64, bool)> {
        self.fields()
            .into_iter()
            .filter(|(n, _, _)| keep(n))
            .filter_map(|(name, a, kb)| {
                let b = other.field(name)?;
                (a != b).then_some((name, a, b, kb))
            })
            .collect()
    }

    /// A field's value, where known.
    pub fn field(&self, name: &str) -> Option<u64> {
        self.fields()
            .into_iter()
            .find(|(n, _, _)| *n == name)
            .map(|(_, v, _)| v)
    }
}

const KB_PER_PAGE: u64 = PAGE_SIZE >> 10;

impl Machine {
    pub fn maps(&self, pid: Pid) -> Vec<MapsEntry> {
        self.maps_within(pid, 0, u64::MAX)
    }

    /// The maps lines of the VMAs that meet [lo, hi), found from `lo`
    /// rather than read from the start (a table after each of 65,000 calls
    /// must not cost the square of it).
    pub fn maps_within(&self, pid: Pid, lo: u64, hi: u64) -> Vec<MapsEntry> {
        let mm = &self.tasks[pid].mm;
        let vfs = &self.world.vfs;
        // find_vma(lo): the first VMA that ends above lo.
        std::iter::successors(mm.find_vma(lo), |&id| mm.vmas().next(id))
            .take_while(|&id| mm.start(id) < hi)
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
                    vm_flags: None,
                    usage: None,
                }
            })
            .collect()
    }

    /// /proc/PID/smaps as far as the model knows it: each maps line with
    /// its VmFlags.
    pub fn smaps(&self, pid: Pid) -> Vec<MapsEntry> {
        let mm = &self.tasks[pid].mm;
        let profile = self.world.profile();
        let mut entries = self.maps(pid);
        let mut mapcounts = super::memory::MapCounts::new();
        for (e, id) in entries.iter_mut().zip(mm.vmas().iter()) {
            e.vm_flags = Some(show_smap_vma_flags(mm.vma(id).flags, profile));
            e.usage = super::memory::smaps_usage(self, pid, id, &mut mapcounts);
        }
        entries
    }

    /// The RSS counters as smaps' figures sum them (each page table entry
    /// of a normal page once: not the zero page, not hugetlb pages), split
    /// as mm_counter splits pages: anonymous, shmem (tmpfs files, shared
    /// anonymous memory, SysV segments, memfds) or file. None where a VMA's
    /// figures are not known.
    fn rss(&self, pid: Pid) -> Option<Rss> {
        let mm = &self.tasks[pid].mm;
        let vfs = &self.world.vfs;
        let mut rss = Rss::default();
        for id in mm.vmas().iter() {
            let v = mm.vma(id);
            if matches!(v.ops, super::vma::VmOps::Special(_)) {
                continue;
            }
            let (anon, mapped) = super::memory::counted_pages(self, pid, id)?;
            rss.anon_kb += anon * KB_PER_PAGE;
            match v.file.map(|f| super::ctx::file_mmap(vfs, f)) {
                Some(super::ctx::FileMmap::Regular) => rss.file_kb += mapped * KB_PER_PAGE,
                _ => rss.shmem_kb += mapped * KB_PER_PAGE,
            }
        }
        Some(rss)
    }

    pub fn status(&self, pid: Pid) -> StatusInfo {
        let mm = &self.tasks[pid].mm;
        let c = mm.counters;
        StatusInfo {
            vm_size_kb: c.total_vm * KB_PER_PAGE,
            vm_lck_kb: c.locked_vm * KB_PER_PAGE,
            rss: self.rss(pid),
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
