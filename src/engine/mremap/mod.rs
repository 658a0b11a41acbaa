//! mm/mremap.c, in one shape for both kernels: the request is a struct
//! vma_remap_struct (6.16's `vrm`) and the flow is 6.18's do_mremap.
//! Where 4.12 (v4.12 mm/mremap.c:261-627: mremap, mremap_to, vma_to_resize,
//! move_vma) decides differently or in another order, a named profile
//! parameter branches, citing both. The steps of a move both share are in
//! [`move_vma`].

mod move_vma;

use super::checks;
use super::ctx::{Ctx, FileMmap};
use super::mmap::{
    MayExpand, MergeResult, do_munmap, get_unmapped_area, may_expand_vm, split_vma, vma_merge,
};
use super::refusal::{Check, Fact, KResult, Refusal, refuse};
use super::util::{mm_populate, vm_enough_memory, vm_unacct_memory};
use super::vma::*;
use super::vma_tree::NodeId;
use crate::uapi::*;
use move_vma::{copy_vma, prep_move_vma, unmap_source_vma, vma_expandable};

const F: &str = "mremap";

/// struct vma_remap_struct: the request, rewritten as the call goes (page
/// and hugetlb alignment, the shrink before a move, each VMA of a
/// multi-VMA move).
#[derive(Clone, Copy, Debug)]
struct Vrm {
    addr: u64,
    old_len: u64,
    new_len: u64,
    flags: u64,
    new_addr: u64,
    /// |old_len - new_len|.
    delta: u64,
    /// Pages charged to commit before the move (4.12's vma_to_resize);
    /// returned if the call fails.
    charged: u64,
    /// A locked VMA grew: populate the new part once done.
    populate_expand: bool,
}

impl Vrm {
    /// vrm_implies_new_addr: MREMAP_FIXED or MREMAP_DONTUNMAP.
    fn implies_new_addr(&self) -> bool {
        self.flags & (MREMAP_FIXED | MREMAP_DONTUNMAP) != 0
    }
    fn dontunmap(&self) -> bool {
        self.flags & MREMAP_DONTUNMAP != 0
    }
    fn fixed(&self) -> bool {
        self.flags & MREMAP_FIXED != 0
    }
}

/// The mremap system call: 6.18's do_mremap; 4.12's sys_mremap
/// (mm/mremap.c:507-627).
pub fn sys_mremap(
    cx: &mut Ctx,
    addr: u64,
    old_len: u64,
    new_len: u64,
    flags: u64,
    new_addr: u64,
) -> KResult<u64> {
    let p = *cx.world.profile();
    let mut vrm = Vrm {
        addr,
        old_len,
        new_len,
        flags,
        new_addr,
        delta: 0,
        charged: 0,
        populate_expand: false,
    };
    check_mremap_params(cx, &mut vrm)?;
    // vrm_move_only (6.17): a same-size MREMAP_FIXED move may span several
    // VMAs. 4.12 takes the VMA at addr alone (EFAULT past its end).
    if p.mremap_multi_vma && vrm.fixed() && vrm.old_len == vrm.new_len {
        return remap_move(cx, &mut vrm);
    }
    let result = if p.mremap_source_checked_first {
        // 6.18: the source VMA is looked up and checked before anything is
        // unmapped, a shrink included.
        source_lookup(cx, vrm.addr).and_then(|vma| {
            check_prep_vma(cx, &mut vrm, vma)?;
            if vrm.implies_new_addr() {
                mremap_to(cx, &mut vrm)
            } else {
                mremap_at(cx, &mut vrm, Some(vma))
            }
        })
    } else if p.mremap_lookup_first {
        // 5.16-6.15 (6.1 and 6.12 sys_mremap): the source is looked up and
        // its hugetlb alignment applied first; mremap_to then checks the
        // new address, and vma_to_resize the source after any unmapping.
        source_lookup(cx, vrm.addr).and_then(|vma| {
            // 6.10+: "Don't allow remapping vmas when they have already
            // been sealed".
            if !super::mseal::can_modify_vma(cx, vma) {
                return Err(super::mseal::sealed(cx, vma, &checks::SEALED_MREMAP));
            }
            if cx.task.mm.vma(vma).flags & VM_HUGETLB != 0 {
                align_hugetlb(cx, &mut vrm, vma)?;
            }
            if vrm.implies_new_addr() {
                cx.trace
                    .step(F, "MREMAP_FIXED or MREMAP_DONTUNMAP: mremap_to");
                check_new_addr(cx, &vrm)?;
                mremap_to(cx, &mut vrm)
            } else {
                mremap_at(cx, &mut vrm, None)
            }
        })
    } else if vrm.fixed() {
        // 4.12 mm/mremap.c:547-551: mremap_to checks the source after it has
        // unmapped the destination.
        cx.trace.step(F, "MREMAP_FIXED: mremap_to");
        mremap_to(cx, &mut vrm)
    } else {
        // 4.12 mm/mremap.c:553-559: a shrink never looks at what is mapped.
        mremap_at(cx, &mut vrm, None)
    };
    // The end of do_mremap (4.12: its out: label, mm/mremap.c:616-626): a
    // failure returns the charge; a locked mapping that grew has its new part
    // faulted in.
    match result {
        Ok(res) => {
            if vrm.populate_expand && vrm.new_len > vrm.old_len {
                let _ = mm_populate(cx, res + vrm.old_len, vrm.new_len - vrm.old_len, true);
            }
            Ok(res)
        }
        Err(e) => {
            if vrm.charged != 0 {
                vm_unacct_memory(cx, vrm.charged);
            }
            Err(e)
        }
    }
}

/// vma_lookup: the VMA containing `addr`, else EFAULT (vma_to_resize's).
fn vma_lookup(cx: &Ctx, addr: u64) -> KResult<NodeId> {
    lookup_with(cx, addr, &checks::MREMAP_NO_VMA)
}

/// The lookup later kernels make first (5.16-6.15 sys_mremap, 6.18
/// do_mremap): the VMA containing `addr`, else EFAULT.
fn source_lookup(cx: &Ctx, addr: u64) -> KResult<NodeId> {
    lookup_with(cx, addr, &checks::MREMAP_SOURCE_UNMAPPED)
}

fn lookup_with(cx: &Ctx, addr: u64, check: &'static Check) -> KResult<NodeId> {
    let mm = &cx.task.mm;
    match mm.find_vma(addr) {
        Some(v) if mm.start(v) <= addr => Ok(v),
        _ => Err(Refusal::new(check).with("addr", Fact::Hex(addr))),
    }
}

/// check_mremap_params: everything that needs no VMA, with the lengths
/// page-aligned on the way. 4.12 (mm/mremap.c:519-536, and mremap_to's
/// :439-447 for the new address) and 6.18 make the same checks in another
/// order; 6.18 adds MREMAP_DONTUNMAP's and an early TASK_SIZE bound.
fn check_mremap_params(cx: &Ctx, vrm: &mut Vrm) -> KResult<()> {
    let p = cx.world.profile();
    let (addr, flags) = (vrm.addr, vrm.flags);
    let (known, known_text) = if p.mremap_dontunmap {
        (
            MREMAP_FIXED | MREMAP_MAYMOVE | MREMAP_DONTUNMAP,
            "MREMAP_MAYMOVE|MREMAP_FIXED|MREMAP_DONTUNMAP",
        )
    } else {
        (MREMAP_FIXED | MREMAP_MAYMOVE, "MREMAP_MAYMOVE|MREMAP_FIXED")
    };
    if flags & !known != 0 {
        return Err(Refusal::new(&checks::MREMAP_BAD_FLAGS)
            .with("flags", Fact::Hex(flags))
            .with("known", Fact::Text(known_text)));
    }
    // 4.12 mm/mremap.c:522: MREMAP_FIXED without MREMAP_MAYMOVE, second;
    // 6.18 asks only once a new address is implied (below).
    if !p.mremap_params_first && vrm.fixed() && flags & MREMAP_MAYMOVE == 0 {
        return refuse(&checks::MREMAP_FIXED_NO_MAYMOVE);
    }
    // 5.7-6.15 (6.1 and 6.12 sys_mremap): MREMAP_DONTUNMAP is always a move
    // and keeps the size, compared before the lengths are page-aligned.
    if !p.mremap_params_first && p.mremap_dontunmap && vrm.dontunmap() {
        if flags & MREMAP_MAYMOVE == 0 {
            return refuse(&checks::MREMAP_DONTUNMAP_NO_MAYMOVE);
        }
        if vrm.old_len != vrm.new_len {
            return refuse(&checks::MREMAP_DONTUNMAP_RESIZE);
        }
    }
    if addr & !PAGE_MASK != 0 {
        return Err(Refusal::new(&checks::MREMAP_UNALIGNED).with("addr", Fact::Hex(addr)));
    }
    vrm.old_len = page_align(vrm.old_len);
    vrm.new_len = page_align(vrm.new_len);
    let (old_len, new_len, new_addr) = (vrm.old_len, vrm.new_len, vrm.new_addr);
    if new_len == 0 {
        return refuse(&checks::MREMAP_ZERO_NEW_LEN);
    }
    if !p.mremap_params_first {
        // 4.12 mm/mremap.c:439-447 (mremap_to, entered for MREMAP_FIXED
        // before anything else happens); 5.16+ looks the source up first.
        if !vrm.implies_new_addr() || p.mremap_lookup_first {
            return Ok(());
        }
        return check_new_addr(cx, vrm);
    }
    let task_size = cx.task.mm.task_size;
    if new_len > task_size {
        return Err(Refusal::new(&checks::MREMAP_NEW_LEN_TOO_BIG).with("len", Fact::Hex(new_len)));
    }
    if !vrm.implies_new_addr() {
        return Ok(());
    }
    if new_addr > task_size - new_len {
        return Err(Refusal::new(&checks::MREMAP_TO_OUT_OF_RANGE)
            .with("addr", Fact::Hex(new_addr))
            .with("len", Fact::Hex(new_len)));
    }
    if new_addr & !PAGE_MASK != 0 {
        return Err(Refusal::new(&checks::MREMAP_TO_UNALIGNED).with("addr", Fact::Hex(new_addr)));
    }
    if flags & MREMAP_MAYMOVE == 0 {
        return refuse(&checks::MREMAP_FIXED_NO_MAYMOVE);
    }
    if vrm.dontunmap() && old_len != new_len {
        return refuse(&checks::MREMAP_DONTUNMAP_RESIZE);
    }
    // vrm_overlaps, for every implied new address (FIXED or DONTUNMAP).
    if addr.wrapping_add(old_len) > new_addr && new_addr + new_len > addr {
        return refuse(&checks::MREMAP_TO_OVERLAP);
    }
    map_count_headroom(cx)
}

/// mremap_to's checks of the new address (4.12 mm/mremap.c:439-447; 6.1
/// and 6.12 mremap_to), then the map-count headroom of later kernels.
fn check_new_addr(cx: &Ctx, vrm: &Vrm) -> KResult<()> {
    let (addr, old_len, new_len, new_addr) = (vrm.addr, vrm.old_len, vrm.new_len, vrm.new_addr);
    if new_addr & !PAGE_MASK != 0 {
        return Err(Refusal::new(&checks::MREMAP_TO_UNALIGNED).with("addr", Fact::Hex(new_addr)));
    }
    let task_size = cx.task.mm.task_size;
    if new_len > task_size || new_addr > task_size - new_len {
        return Err(Refusal::new(&checks::MREMAP_TO_OUT_OF_RANGE)
            .with("addr", Fact::Hex(new_addr))
            .with("len", Fact::Hex(new_len)));
    }
    if addr.wrapping_add(old_len) > new_addr && new_addr + new_len > addr {
        return refuse(&checks::MREMAP_TO_OVERLAP);
    }
    map_count_headroom(cx)
}

/// The headroom a move to a new address needs before anything is unmapped:
/// each of source and destination may split in three (4.17+; 4.12 has
/// only move_vma's later test).
fn map_count_headroom(cx: &Ctx) -> KResult<()> {
    if !cx.world.profile().mremap_map_count_first {
        return Ok(());
    }
    let count = cx.task.mm.map_count();
    let max = cx.world.sys.max_map_count;
    if count + 2 >= max.saturating_sub(3) {
        return Err(Refusal::new(&checks::MREMAP_MAP_COUNT_FIRST)
            .with("count", Fact::Dec(count))
            .with("max", Fact::Dec(max)));
    }
    Ok(())
}

/// check_prep_vma (6.18); vma_to_resize (4.12 mm/mremap.c:376-426): the
/// source VMA may be resized or moved as asked.
fn check_prep_vma(cx: &mut Ctx, vrm: &mut Vrm, vma: NodeId) -> KResult<()> {
    let p = *cx.world.profile();
    let v = *cx.task.mm.vma(vma);
    // 6.18 check_prep_vma: "If mseal()'d, mremap() is prohibited", for
    // every VMA a move takes (5.16-6.15 ask once, in sys_mremap).
    if p.mremap_params_first && !super::mseal::can_modify_vma(cx, vma) {
        return Err(super::mseal::sealed(cx, vma, &checks::SEALED_MREMAP));
    }
    if v.flags & VM_HUGETLB != 0 {
        if !p.mremap_hugetlb {
            // 4.12 mm/mremap.c:386: hugetlb mappings cannot be remapped.
            return refuse(&checks::MREMAP_HUGETLB);
        }
        // 5.16-6.15 applied it in sys_mremap already; again is the same.
        align_hugetlb(cx, vrm, vma)?;
    }
    vrm.delta = vrm.old_len.abs_diff(vrm.new_len);
    if p.mremap_params_first {
        // 6.18: for convenience new_addr is set even if the VMA will not move;
        // only growth and moves need the checks below (vrm_will_map_new).
        if !vrm.implies_new_addr() {
            vrm.new_addr = vrm.addr;
        }
        if vrm.new_len <= vrm.old_len && !vrm.implies_new_addr() {
            return Ok(());
        }
    }
    // 4.17 and 5.7 (6.1 and 6.12 vma_to_resize; 6.18 check_prep_vma).
    if p.mremap_dontunmap {
        if vrm.old_len == 0 && v.flags & (VM_SHARED | VM_MAYSHARE) == 0 {
            return refuse(&checks::MREMAP_OLD_LEN_ZERO);
        }
        if vrm.dontunmap() && v.flags & (VM_DONTEXPAND | VM_PFNMAP) != 0 {
            return refuse(&checks::MREMAP_DONTUNMAP_SPECIAL);
        }
    }
    // A shrinking move unmaps the tail first: only what moves must lie in
    // the VMA (4.12's mremap_to shrinks before it calls vma_to_resize).
    let old_len = vrm.old_len.min(vrm.new_len);
    let mm = &cx.task.mm;
    if old_len > mm.end(vma) - vrm.addr {
        return Err(Refusal::new(&checks::MREMAP_CROSSES_VMA)
            .with("addr", Fact::Hex(vrm.addr))
            .with("len", Fact::Hex(old_len)));
    }
    // From here on only growth is checked: a same-size move (MREMAP_DONTUNMAP
    // included, however much it locks or maps) stops here.
    if vrm.new_len == old_len {
        return Ok(());
    }
    if v.flags & VM_LOCKED != 0 {
        vrm.populate_expand = true;
    }
    let pgoff = v
        .pgoff
        .wrapping_add((vrm.addr - mm.start(vma)) >> PAGE_SHIFT);
    if pgoff.checked_add(vrm.new_len >> PAGE_SHIFT).is_none() {
        return refuse(&checks::MREMAP_PGOFF_OVERFLOW);
    }
    if v.flags & (VM_DONTEXPAND | VM_PFNMAP) != 0 {
        return refuse(&checks::MREMAP_DONTEXPAND);
    }
    let pages = vrm.delta >> PAGE_SHIFT;
    // mlock_future_ok (4.12 mm/mremap.c:407-411).
    if v.flags & VM_LOCKED != 0 {
        let over = mm.counters.locked_vm.wrapping_add(pages)
            > cx.task.rlimit(RLIMIT_MEMLOCK) >> PAGE_SHIFT;
        // capable() records that it was asked, so the order is the kernel's.
        let refused = if p.mlock_capable_first {
            let capable = cx.task.capable(CAP_IPC_LOCK);
            !capable && over
        } else {
            over && !cx.task.capable(CAP_IPC_LOCK)
        };
        if refused {
            return Err(Refusal::new(&checks::MREMAP_MLOCK_LIMIT).with("pages", Fact::Dec(pages)));
        }
    }
    if may_expand_vm(cx, v.flags, pages) != MayExpand::Yes {
        return Err(Refusal::new(&checks::MREMAP_AS_LIMIT).with("pages", Fact::Dec(pages)));
    }
    // 4.12 mm/mremap.c:419-423 charges the growth now; 6.18 does it where the
    // VMA grows or moves (vrm_calc_charge).
    if !p.mremap_charge_late && v.flags & VM_ACCOUNT != 0 {
        vm_enough_memory(cx, pages, &checks::MREMAP_NO_COMMIT)?;
        vrm.charged = pages;
    }
    Ok(())
}

/// align_hugetlb (5.16+): the addresses must be huge-page aligned, the
/// lengths are rounded up to huge pages, and growth is refused.
fn align_hugetlb(cx: &Ctx, vrm: &mut Vrm, vma: NodeId) -> KResult<()> {
    let v = cx.task.mm.vma(vma);
    let huge = v
        .file
        .map_or(2 << 20, |f| cx.world.vfs.file_inode(f).huge_size);
    let align = |x: u64| x.wrapping_add(huge - 1) & !(huge - 1);
    vrm.old_len = align(vrm.old_len);
    vrm.new_len = align(vrm.new_len);
    // Both addresses, even a new_addr nothing will use.
    if vrm.addr & (huge - 1) != 0 || vrm.new_addr & (huge - 1) != 0 || vrm.new_len > vrm.old_len {
        return refuse(&checks::MREMAP_HUGETLB_618);
    }
    Ok(())
}

/// mremap_to: move to the new address (MREMAP_FIXED), or to a place near
/// the hint (MREMAP_DONTUNMAP alone). 4.12 mm/mremap.c:428-485 checks the
/// source here, after the destination is gone (vma_to_resize).
fn mremap_to(cx: &mut Ctx, vrm: &mut Vrm) -> KResult<u64> {
    let p = *cx.world.profile();
    if vrm.fixed() {
        // 6.18: the source was checked first; 4.12 mm/mremap.c:449: the
        // destination goes first. Either way what fails below leaves it
        // unmapped.
        cx.trace
            .step(F, "MREMAP_FIXED: the destination is unmapped");
        do_munmap(cx, vrm.new_addr, vrm.new_len)?;
        if p.mremap_source_checked_first {
            vma_lookup(cx, vrm.addr)?;
        }
    }
    if vrm.old_len > vrm.new_len {
        // shrink_vma: the tail goes, then the rest moves (4.12
        // mm/mremap.c:453-459 lets a failed munmap of nothing pass).
        do_munmap(cx, vrm.addr + vrm.new_len, vrm.old_len - vrm.new_len)?;
        if p.mremap_source_checked_first {
            vma_lookup(cx, vrm.addr)?;
        }
        // The delta stays: 6.18's vrm_calc_charge charges it for the move.
        vrm.old_len = vrm.new_len;
    }
    let vma = vma_lookup(cx, vrm.addr)?;
    if !p.mremap_source_checked_first {
        check_prep_vma(cx, vrm, vma)?;
    }
    // MREMAP_DONTUNMAP adds a whole copy to the address space.
    if vrm.dontunmap() {
        let flags = cx.task.mm.vma(vma).flags;
        let pages = vrm.old_len >> PAGE_SHIFT;
        if may_expand_vm(cx, flags, pages) != MayExpand::Yes {
            let note = if vrm.fixed() {
                " (the MREMAP_FIXED destination is already unmapped)"
            } else {
                ""
            };
            return Err(Refusal::new(&checks::MREMAP_DONTUNMAP_AS_LIMIT)
                .with("pages", Fact::Dec(pages))
                .with("note", Fact::Text(note)));
        }
    }
    vrm_set_new_addr(cx, vrm, vma)?;
    move_vma(cx, vrm, vma)
}

/// vrm_set_new_addr: get_unmapped_area as MAP_FIXED (MREMAP_FIXED), with the
/// new address as a hint (MREMAP_DONTUNMAP alone), or with none (growth);
/// 4.12 mm/mremap.c:466-477 and :598-607.
fn vrm_set_new_addr(cx: &mut Ctx, vrm: &mut Vrm, vma: NodeId) -> KResult<()> {
    let v = *cx.task.mm.vma(vma);
    let pgoff = v
        .pgoff
        .wrapping_add((vrm.addr - cx.task.mm.start(vma)) >> PAGE_SHIFT);
    let hint = if vrm.implies_new_addr() {
        vrm.new_addr
    } else {
        0
    };
    let mut map_flags = 0;
    if vrm.fixed() {
        map_flags |= MAP_FIXED;
    }
    if v.flags & VM_MAYSHARE != 0 {
        map_flags |= MAP_SHARED;
    }
    vrm.new_addr = get_unmapped_area(cx, v.file, hint, vrm.new_len, pgoff, map_flags)?;
    Ok(())
}

/// vrm_calc_charge (6.18): a VM_ACCOUNT VMA charges its growth, or with
/// MREMAP_DONTUNMAP the whole copy. 4.12 charged in vma_to_resize.
fn vrm_calc_charge(cx: &mut Ctx, vrm: &Vrm, flags: u64, site: &'static Check) -> KResult<()> {
    if !cx.world.profile().mremap_charge_late || flags & VM_ACCOUNT == 0 {
        return Ok(());
    }
    let (pages, what) = if vrm.dontunmap() {
        (
            vrm.new_len >> PAGE_SHIFT,
            "MREMAP_DONTUNMAP keeps the source, so the whole copy",
        )
    } else {
        (vrm.delta >> PAGE_SHIFT, "the growth")
    };
    vm_enough_memory(cx, pages, site).map_err(|r| r.with("what", Fact::Text(what)))
}

/// move_vma (4.12 mm/mremap.c:261-374): copy the VMA to vrm.new_addr, then
/// unmap the source, or with MREMAP_DONTUNMAP leave it mapped and emptied
/// (dontunmap_complete).
fn move_vma(cx: &mut Ctx, vrm: &mut Vrm, vma: NodeId) -> KResult<u64> {
    let (addr, old_len, new_len, new_addr) = (vrm.addr, vrm.old_len, vrm.new_len, vrm.new_addr);
    prep_move_vma(cx, vma, addr, old_len)?;
    let flags = cx.task.mm.vma(vma).flags;
    // 6.1 and 6.12 move_vma: "To account mlock()'d pages correctly in the
    // MREMAP_DONTUNMAP case perform any split ahead of time".
    let moves_lock =
        vrm.dontunmap() && flags & VM_LOCKED != 0 && cx.world.profile().mremap_dontunmap_moves_lock;
    if moves_lock {
        let mm = &cx.task.mm;
        let (s, e) = (mm.start(vma), mm.end(vma));
        if s != addr {
            split_vma(cx, vma, addr, true)?;
        }
        if e != addr + old_len {
            split_vma(cx, vma, addr + old_len, false)?;
        }
    }
    vrm_calc_charge(cx, vrm, flags, &checks::MREMAP_CHARGE)?;
    let (new, src) = copy_vma(cx, vma, addr, new_addr, new_len);
    super::memory::move_page_tables(&mut cx.task.mm, addr, new_addr, old_len.min(new_len));
    // vrm_stat_account (4.12 mm/mremap.c:348): total_vm grows by new_len now;
    // the unmap takes old_len off.
    let pages = new_len >> PAGE_SHIFT;
    cx.task.mm.vm_stat_account(flags, pages as i64);
    if moves_lock {
        // "Because we won't unmap we don't need to touch locked_vm": the
        // copy takes over the source's count; the moved part unlocks.
        cx.task.mm.vma_mut(src).flags &= !VM_LOCKED_MASK;
        if cx.task.mm.start(src) == addr && cx.task.mm.end(src) == addr + old_len && new != src {
            cx.task.mm.vma_mut(src).anon_vma = None;
        }
        cx.trace.value(
            "move_vma",
            "MREMAP_DONTUNMAP: copied to, the source stays (its lock went with the copy)",
            new_addr,
        );
        return Ok(new_addr);
    }
    if flags & VM_LOCKED != 0 {
        // 4.12 mm/mremap.c:368-371
        cx.task.mm.counters.locked_vm += pages;
        vrm.populate_expand = true;
    }
    if vrm.dontunmap() {
        dontunmap_complete(cx, src, new, addr, addr + old_len);
        cx.trace.value(
            "move_vma",
            "MREMAP_DONTUNMAP: copied to, the source stays",
            new_addr,
        );
    } else {
        unmap_source_vma(cx, src, addr, old_len);
        cx.trace.value("move_vma", "moved to", new_addr);
    }
    Ok(new_addr)
}

/// dontunmap_complete: the source VMA (all of it, not just the range moved)
/// loses VM_LOCKED, while locked_vm keeps its pages: they stay in VmLck
/// for good. A source moved whole gives up its anon_vma (unlink_anon_vmas).
fn dontunmap_complete(cx: &mut Ctx, src: NodeId, new: NodeId, start: u64, end: u64) {
    let mm = &mut cx.task.mm;
    let (s, e) = (mm.start(src), mm.end(src));
    if mm.vma(src).flags & VM_LOCKED != 0 {
        mm.locked_vm_stranded += (e - s) >> PAGE_SHIFT;
    }
    let v = mm.vma_mut(src);
    v.flags &= !VM_LOCKED_MASK;
    if new != src && start == s && end == e {
        v.anon_vma = None;
    }
}

/// mremap_at: resize in place, or grow by moving (no new address asked).
/// `vma` is the checked source; None in 4.12, which looks it up only to
/// grow (mm/mremap.c:553-566).
fn mremap_at(cx: &mut Ctx, vrm: &mut Vrm, vma: Option<NodeId>) -> KResult<u64> {
    if vrm.old_len >= vrm.new_len {
        if vrm.old_len > vrm.new_len {
            // 4.12 mm/mremap.c:553-559: a munmap of nothing is no error.
            do_munmap(cx, vrm.addr + vrm.new_len, vrm.old_len - vrm.new_len)?;
            cx.trace.step(F, "shrink: the tail is unmapped in place");
        } else {
            cx.trace.step(F, "same size: nothing to do");
        }
        return Ok(vrm.addr);
    }
    let vma = match vma {
        Some(vma) => vma,
        None => {
            let vma = vma_lookup(cx, vrm.addr)?;
            check_prep_vma(cx, vrm, vma)?;
            vma
        }
    };
    expand_vma(cx, vrm, vma)
}

/// expand_vma: in place if the range ends the VMA and nothing follows within
/// the growth, else by moving (MREMAP_MAYMOVE) or ENOMEM (4.12
/// mm/mremap.c:572-615).
fn expand_vma(cx: &mut Ctx, vrm: &mut Vrm, vma: NodeId) -> KResult<u64> {
    if vrm.old_len == cx.task.mm.end(vma) - vrm.addr && vma_expandable(cx, vma, vrm.delta) {
        return expand_vma_in_place(cx, vrm, vma);
    }
    if vrm.flags & MREMAP_MAYMOVE == 0 {
        return refuse(&checks::MREMAP_CANNOT_GROW);
    }
    cx.trace.step(
        F,
        "cannot grow in place: MREMAP_MAYMOVE, looking for a new place",
    );
    vrm_set_new_addr(cx, vrm, vma)?;
    move_vma(cx, vrm, vma)
}

/// expand_vma_in_place: charge, then grow the VMA. 6.18's vma_merge_extend
/// also merges it with a compatible next one; 4.12's vma_adjust
/// (mm/mremap.c:577-580) only moves its end.
fn expand_vma_in_place(cx: &mut Ctx, vrm: &mut Vrm, vma: NodeId) -> KResult<u64> {
    let v = *cx.task.mm.vma(vma);
    vrm_calc_charge(cx, vrm, v.flags, &checks::MREMAP_CHARGE_EXPAND)?;
    let s0 = cx.task.mm.start(vma);
    let old_end = vrm.addr + vrm.old_len;
    let new_end = vrm.addr + vrm.new_len;
    let pgoff_end = v.pgoff.wrapping_add((old_end - s0) >> PAGE_SHIFT);
    let merged = cx.world.profile().mremap_expand_merges
        && matches!(
            vma_merge(
                cx,
                Some(vma),
                old_end,
                new_end,
                v.flags,
                v.anon_vma,
                v.file,
                pgoff_end,
            ),
            MergeResult::Merged(_)
        );
    if merged {
        cx.trace.step(
            F,
            "grown in place, merged with what follows (vma_merge_extend)",
        );
    } else {
        cx.task.mm.set_vma_range(vma, s0, new_end);
        cx.trace.step(F, "grown in place");
    }
    let pages = vrm.delta >> PAGE_SHIFT;
    cx.task.mm.vm_stat_account(v.flags, pages as i64);
    if v.flags & VM_LOCKED != 0 {
        cx.task.mm.counters.locked_vm += pages;
        vrm.populate_expand = true;
    }
    Ok(vrm.addr)
}

/// remap_move (6.17+): a same-size MREMAP_FIXED move takes the VMAs of
/// [addr, addr + len) in turn, each to the same offset from new_addr, so
/// the holes between them are kept. Each piece is checked and moved as a
/// move of its own: only its own destination is unmapped, so mappings lying
/// in the destination's holes survive, and a piece that fails leaves the
/// pieces before it moved.
fn remap_move(cx: &mut Ctx, vrm: &mut Vrm) -> KResult<u64> {
    let (start, end) = (vrm.addr, vrm.addr + vrm.old_len);
    let mut target = vrm.new_addr;
    let mut last_end = 0;
    let mut res = None;
    let mut at = start;
    // for_each_vma_range
    while let Some(vma) = cx
        .task
        .mm
        .find_vma(at)
        .filter(|&v| cx.task.mm.start(v) < end)
    {
        let (vs, ve) = (cx.task.mm.start(vma), cx.task.mm.end(vma));
        let seen = res.is_some();
        if !seen && start < vs {
            break;
        }
        let piece = vs.max(start);
        let len = ve.min(end) - piece;
        // Each VMA keeps its distance from the end of the one before.
        let offset = if seen { vs - last_end } else { 0 };
        last_end = ve;
        if !vma_multi_allowed(cx, vma) && (seen || ve < end) {
            let when = if seen {
                "the VMAs before it in the range were already moved"
            } else {
                "more VMAs follow it in the range; nothing was moved"
            };
            return Err(Refusal::new(&checks::REMAP_MOVE_NOT_ALONE)
                .with("addr", Fact::Hex(piece))
                .with(
                    "what",
                    Fact::Text("a private /dev/zero mapping (get_unmapped_area_zero)"),
                )
                .with("when", Fact::Text(when)));
        }
        cx.trace.value("remap_move", "moving the VMA at", piece);
        let mut sub = Vrm {
            addr: piece,
            old_len: len,
            new_len: len,
            new_addr: target + offset,
            ..*vrm
        };
        check_prep_vma(cx, &mut sub, vma)?;
        let moved = mremap_to(cx, &mut sub)?;
        res.get_or_insert(moved);
        target = moved + sub.new_len;
        at = ve;
    }
    res.ok_or_else(|| {
        Refusal::new(&checks::REMAP_MOVE_UNMAPPED_START).with("addr", Fact::Hex(start))
    })
}

/// vma_multi_allowed: a VMA whose file has a get_unmapped_area that might
/// not honour MREMAP_FIXED can only be moved alone. Known good: no file,
/// shmem, hugetlbfs, and thp_get_unmapped_area (ext4's, fs/ext4/file.c);
/// /dev/zero's get_unmapped_area_zero (drivers/char/mem.c) is not on the
/// list, and a private /dev/zero VMA keeps /dev/zero as its file (a shared
/// one is shmem). No userfaultfd in the model.
fn vma_multi_allowed(cx: &Ctx, vma: NodeId) -> bool {
    match cx.task.mm.vma(vma).file {
        None => true,
        Some(f) => cx.file_mmap(f) != FileMmap::DevZero,
    }
}
