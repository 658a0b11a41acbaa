//! `struct mm_struct`: the VMA set with its gap index, the layout picked at
//! exec, and the counters /proc/PID/status shows.

use super::vma::*;
use super::vma_tree::{NodeId, VmaTree};
use std::cell::Cell;

const NONE: NodeId = NodeId::MAX;
const EMPTY_CACHE: (u64, u64, NodeId) = (1, 0, NONE);

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counters {
    pub total_vm: u64,
    pub data_vm: u64,
    pub exec_vm: u64,
    pub stack_vm: u64,
    pub locked_vm: u64,
}

pub struct Mm {
    /// The VMA set. Mutations go through [`Mm`]'s methods, which keep the
    /// lookup cache honest.
    vmas: VmaTree<Vma>,
    /// A one-entry lookup cache in the spirit of the kernel's vmacache
    /// (mm/vmacache.c): every `addr` in `[lo, hi)` has `find_vma(addr) == id`
    /// (`NONE` for "no VMA above"). Any change to the set's shape clears it.
    cache: Cell<(u64, u64, NodeId)>,
    pub mmap_base: u64,
    pub mmap_legacy_base: u64,
    /// mm->get_unmapped_area is arch_get_unmapped_area_topdown.
    pub topdown: bool,
    /// TASK_SIZE for this process, as exec set mm->task_size: 2^47 less a
    /// page, or 2^56 less a page with 5-level paging (6.x on an LA57 CPU),
    /// where a hint above DEFAULT_MAP_WINDOW (2^47) opens the rest.
    pub task_size: u64,
    pub counters: Counters,
    /// VM_LOCKED/VM_LOCKONFAULT after mlockall(MCL_FUTURE).
    pub def_flags: u64,
    /// Pages counted in `counters.locked_vm` that no VM_LOCKED VMA backs any
    /// more: 6.18's dontunmap_complete (mm/mremap.c) clears VM_LOCKED on the
    /// source of an MREMAP_DONTUNMAP move without lowering locked_vm
    /// ("Because we won't unmap we don't need to touch locked_vm"), so those
    /// pages stay in VmLck for the life of the mm. Kept so the invariant
    /// check can tell this kernel behaviour from a counting bug.
    pub locked_vm_stranded: u64,
    /// stack_guard_gap, fixed at exec: what vm_start_gap keeps free below a
    /// VM_GROWSDOWN area.
    pub guard_gap: u64,
    /// PR_SET_MDWE's bits (MMF_HAS_MDWE, MMF_HAS_MDWE_NO_INHERIT), 6.3+.
    pub mdwe: u64,
    /// The pages MADV_GUARD_INSTALL made guard pages (6.13+), by page
    /// number (address >> PAGE_SHIFT): a fault there is SIGSEGV. Unmapping
    /// takes them away; MADV_GUARD_REMOVE too.
    pub guards: super::fs::PageRanges,
    /// The pages whose page table entry is present, by page number: a
    /// fault maps a page (or the zero page) there, zapping takes it away,
    /// mremap moves it (`memory.rs`). mincore reads it.
    pub present: super::fs::PageRanges,
    /// Of those, the ones holding an anonymous page: written private
    /// memory (a COW copy in a private file mapping). Truncating or
    /// punching a file's pages leaves these alone where the kernel does
    /// (unmap_mapping_range without even_cows).
    pub anon: super::fs::PageRanges,
    /// Pages a fault on a disk file's mapping may have mapped besides the
    /// faulting ones: its fault-around windows (do_fault_around maps what
    /// the page cache holds there, which for a disk file depends on
    /// readahead, not followed). smaps does not claim their Rss.
    pub maybe_mapped: super::fs::PageRanges,
    /// 6.18's maple-tree searches: find a raw gap, then restart below a
    /// VM_GROWSDOWN area whose guard gap intrudes (Profile::guard_gap_retry).
    /// The tree then holds raw gaps (guard 0).
    pub guard_gap_retry: bool,
}

impl Clone for Mm {
    fn clone(&self) -> Self {
        let mut vmas = VmaTree::with_capacity(self.vmas.len());
        let mut prev = None;
        for id in self.vmas.iter() {
            prev = Some(vmas.insert_after(
                prev,
                self.vmas.start(id),
                self.vmas.end(id),
                self.vmas.guard(id),
                *self.vmas.data(id),
            ));
        }
        Mm {
            vmas,
            cache: Cell::new(EMPTY_CACHE),
            mmap_base: self.mmap_base,
            mmap_legacy_base: self.mmap_legacy_base,
            topdown: self.topdown,
            task_size: self.task_size,
            counters: self.counters,
            def_flags: self.def_flags,
            locked_vm_stranded: self.locked_vm_stranded,
            guard_gap: self.guard_gap,
            mdwe: self.mdwe,
            guards: self.guards.clone(),
            present: self.present.clone(),
            anon: self.anon.clone(),
            maybe_mapped: self.maybe_mapped.clone(),
            guard_gap_retry: self.guard_gap_retry,
        }
    }
}

impl std::fmt::Debug for Mm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mm")
            .field("map_count", &self.vmas.len())
            .field("mmap_base", &self.mmap_base)
            .field("counters", &self.counters)
            .finish()
    }
}

impl Default for Mm {
    fn default() -> Self {
        Mm {
            vmas: VmaTree::new(),
            cache: Cell::new(EMPTY_CACHE),
            mmap_base: 0,
            mmap_legacy_base: 0,
            topdown: true,
            task_size: super::mmap::TASK_SIZE,
            counters: Counters::default(),
            def_flags: 0,
            locked_vm_stranded: 0,
            guard_gap: 256 << PAGE_SHIFT,
            mdwe: 0,
            guards: super::fs::PageRanges::default(),
            present: super::fs::PageRanges::default(),
            anon: super::fs::PageRanges::default(),
            maybe_mapped: super::fs::PageRanges::default(),
            guard_gap_retry: false,
        }
    }
}

impl Mm {
    /// The VMA set, read-only.
    pub fn vmas(&self) -> &VmaTree<Vma> {
        &self.vmas
    }

    /// find_vma (mm/mmap.c:2115-2144): the first VMA ending above `addr`.
    pub fn find_vma(&self, addr: u64) -> Option<NodeId> {
        let (lo, hi, id) = self.cache.get();
        if lo <= addr && addr < hi {
            return (id != NONE).then_some(id);
        }
        let found = self.vmas.find_vma(addr);
        self.cache_around(found);
        found
    }

    /// The gap searches (unmapped_area, unmapped_area_topdown): the answer,
    /// with find_vma's answer for it cached, since mmap_region asks next.
    pub fn unmapped_area(
        &self,
        topdown: bool,
        length: u64,
        low: u64,
        high: u64,
        align_mask: u64,
    ) -> Option<u64> {
        let (mut low, mut high) = (low, high);
        loop {
            let found = if topdown {
                self.vmas
                    .unmapped_area_topdown_at(length, low, high, align_mask, 0)
            } else {
                self.vmas.unmapped_area_at(length, low, high, align_mask, 0)
            };
            let (addr, above) = found?;
            // 6.18 mm/vma.c unmapped_area{,_topdown}: the raw gap found is
            // checked against the guard gap of the VMA above it; if that
            // intrudes, the search restarts below the guard (top-down) or
            // above the VMA (bottom-up).
            if self.guard_gap_retry
                && let Some(next) = above.filter(|&n| self.vma(n).flags & VM_GROWSDOWN != 0)
            {
                let start_gap = self.vm_start_gap(next);
                if topdown {
                    let gap_end = self.start(next).min(high);
                    if start_gap < gap_end {
                        high = start_gap;
                        continue;
                    }
                } else {
                    let gap_start = self.vmas.prev(next).map_or(0, |p| self.end(p)).max(low);
                    let len = length + align_mask;
                    if start_gap < (gap_start + len).saturating_sub(1) {
                        low = self.end(next);
                        continue;
                    }
                }
            }
            self.cache_around(above);
            return Some(addr);
        }
    }

    /// The last VMA ending at or below `addr` (the `prev` of a range starting there).
    pub fn find_prev(&self, addr: u64) -> Option<NodeId> {
        match self.find_vma(addr) {
            Some(v) => self.vmas.prev(v),
            None => self.vmas.last(),
        }
    }

    /// vma_link: add a VMA after `prev` (None: first).
    pub fn insert_vma(
        &mut self,
        prev: Option<NodeId>,
        start: u64,
        end: u64,
        guard: u64,
        vma: Vma,
    ) -> NodeId {
        let id = self.vmas.insert_after(prev, start, end, guard, vma);
        self.cache_around(Some(id));
        id
    }

    /// Unlink a VMA and return it.
    pub fn remove_vma(&mut self, id: NodeId) -> Vma {
        let next = self.vmas.next(id);
        let vma = self.vmas.remove(id);
        self.cache_around(next);
        vma
    }

    /// Move a VMA's bounds (order and non-overlap are the caller's care).
    pub fn set_vma_range(&mut self, id: NodeId, start: u64, end: u64) {
        self.vmas.set_range(id, start, end);
        self.cache_around(Some(id));
    }

    /// After a change, cache the lookup answer around the VMA it touched:
    /// find_vma(addr) is `v` for every addr in [end of v's predecessor, v.end),
    /// and None above the last VMA. Recomputed from the set, so always exact.
    fn cache_around(&self, v: Option<NodeId>) {
        let entry = match v {
            Some(v) => (
                self.vmas.prev(v).map_or(0, |p| self.vmas.end(p)),
                self.vmas.end(v),
                v,
            ),
            None => (self.vmas.highest_vm_end(), u64::MAX, NONE),
        };
        self.cache.set(entry);
    }

    pub fn map_count(&self) -> u64 {
        self.vmas.len() as u64
    }

    pub fn start(&self, id: NodeId) -> u64 {
        self.vmas.start(id)
    }
    pub fn end(&self, id: NodeId) -> u64 {
        self.vmas.end(id)
    }
    pub fn vma(&self, id: NodeId) -> &Vma {
        self.vmas.data(id)
    }
    pub fn vma_mut(&mut self, id: NodeId) -> &mut Vma {
        self.vmas.data_mut(id)
    }
    pub fn pages(&self, id: NodeId) -> u64 {
        (self.end(id) - self.start(id)) >> PAGE_SHIFT
    }

    /// The guard a VMA with these flags gets in the gap index: its guard gap
    /// where the searches account for it in the gaps (4.12's rbtree), none
    /// where they check it afterwards (6.18, `guard_gap_retry`).
    pub fn tree_guard(&self, flags: u64) -> u64 {
        if self.guard_gap_retry {
            0
        } else {
            self.guard_of(flags)
        }
    }

    fn guard_of(&self, flags: u64) -> u64 {
        if flags & VM_GROWSDOWN != 0 {
            self.guard_gap
        } else {
            0
        }
    }

    /// vm_start_gap (include/linux/mm.h:2226): a VM_GROWSDOWN area keeps
    /// stack_guard_gap free below it.
    pub fn vm_start_gap(&self, id: NodeId) -> u64 {
        self.start(id)
            .saturating_sub(self.guard_of(self.vma(id).flags))
    }

    /// vm_stat_account (mm/mmap.c:3159): total_vm always, then exactly one of
    /// exec, stack or data, in that order.
    pub fn vm_stat_account(&mut self, flags: u64, npages: i64) {
        let c = &mut self.counters;
        let add = |v: &mut u64| *v = v.wrapping_add(npages as u64);
        add(&mut c.total_vm);
        if flags & (VM_EXEC | VM_WRITE | VM_STACK) == VM_EXEC {
            add(&mut c.exec_vm);
        } else if flags & VM_STACK != 0 {
            add(&mut c.stack_vm);
        } else if flags & (VM_WRITE | VM_SHARED | VM_STACK) == VM_WRITE {
            add(&mut c.data_vm);
        }
    }

    /// Recompute the counters from the VMAs (for invariant checks), plus the
    /// locked pages no VMA backs (`locked_vm_stranded`).
    pub fn recount(&self) -> Counters {
        let mut m = Mm::default();
        m.counters.locked_vm = self.locked_vm_stranded;
        for id in self.vmas.iter() {
            let f = self.vma(id).flags;
            m.vm_stat_account(f, self.pages(id) as i64);
            if f & VM_LOCKED != 0 {
                m.counters.locked_vm += self.pages(id);
            }
        }
        m.counters
    }

    /// The invariants that hold after every call: VMAs sorted, non-overlapping,
    /// page-aligned, non-empty; the gap index consistent; counters equal to
    /// their recomputation.
    pub fn check_invariants(&self) -> Result<(), String> {
        self.vmas.check_invariants()?;
        for id in self.vmas.iter() {
            let (s, e) = (self.start(id), self.end(id));
            if s & !PAGE_MASK != 0 || e & !PAGE_MASK != 0 {
                return Err(format!("VMA {s:#x}-{e:#x} is not page aligned"));
            }
        }
        let (lo, hi, id) = self.cache.get();
        if lo < hi {
            let want = (id != NONE).then_some(id);
            if self.vmas.find_vma(lo) != want || self.vmas.find_vma(hi - 1) != want {
                return Err(format!("the lookup cache [{lo:#x}, {hi:#x}) is stale"));
            }
        }
        let want = self.recount();
        if want != self.counters {
            return Err(format!(
                "counters {:?} differ from their recomputation {:?}",
                self.counters, want
            ));
        }
        Ok(())
    }
}
