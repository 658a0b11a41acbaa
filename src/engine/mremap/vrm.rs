//! mremap as 6.18 has it (mm/mremap.c, rewritten in 6.16-6.17 around struct
//! vma_remap_struct): do_mremap checks every parameter first
//! (check_mremap_params), then either moves the VMAs of a same-size
//! MREMAP_FIXED range one by one (remap_move) or looks the source VMA up and
//! checks it (check_prep_vma) before mremap_to or mremap_at act.

use super::move_vma::{copy_vma, prep_move_vma, unmap_source_vma, vma_expandable};
use crate::engine::checks;
use crate::engine::ctx::{Ctx, FileMmap};
use crate::engine::mmap::{
    MayExpand, MergeResult, TASK_SIZE, do_munmap, get_unmapped_area, may_expand_vm, vma_merge,
};
use crate::engine::refusal::{Fact, KResult, Refusal, refuse};
use crate::engine::util::{mm_populate, vm_enough_memory};
use crate::engine::vma::*;
use crate::engine::vma_tree::NodeId;
use crate::uapi::*;

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

/// do_mremap.
pub(super) fn do_mremap(
    cx: &mut Ctx,
    addr: u64,
    old_len: u64,
    new_len: u64,
    flags: u64,
    new_addr: u64,
) -> KResult<u64> {
    let mut vrm = Vrm {
        addr,
        old_len: page_align(old_len),
        new_len: page_align(new_len),
        flags,
        new_addr,
        delta: 0,
        populate_expand: false,
    };
    check_mremap_params(&vrm)?;
    // vrm_move_only: a same-size MREMAP_FIXED move may span several VMAs.
    if vrm.fixed() && vrm.old_len == vrm.new_len {
        return remap_move(cx, &mut vrm);
    }
    let vma = vma_lookup(cx, vrm.addr)?;
    check_prep_vma(cx, &mut vrm, vma)?;
    let res = if vrm.implies_new_addr() {
        mremap_to(cx, &mut vrm)?
    } else {
        mremap_at(cx, &mut vrm, vma)?
    };
    // The end of do_mremap: a locked VMA that grew has its new part faulted in.
    if vrm.populate_expand {
        let _ = mm_populate(cx, vrm.new_addr + vrm.old_len, vrm.delta, true);
    }
    Ok(res)
}

/// vma_lookup: the VMA containing `addr`, else EFAULT.
fn vma_lookup(cx: &Ctx, addr: u64) -> KResult<NodeId> {
    let mm = &cx.task.mm;
    match mm.find_vma(addr) {
        Some(v) if mm.start(v) <= addr => Ok(v),
        _ => Err(Refusal::new(&checks::MREMAP_NO_VMA).with("addr", Fact::Hex(addr))),
    }
}

/// check_mremap_params: everything that needs no VMA.
fn check_mremap_params(vrm: &Vrm) -> KResult<()> {
    let (addr, flags, new_len, new_addr) = (vrm.addr, vrm.flags, vrm.new_len, vrm.new_addr);
    if flags & !(MREMAP_FIXED | MREMAP_MAYMOVE | MREMAP_DONTUNMAP) != 0 {
        return Err(Refusal::new(&checks::MREMAP_BAD_FLAGS)
            .with("flags", Fact::Hex(flags))
            .with(
                "known",
                Fact::Text("MREMAP_MAYMOVE|MREMAP_FIXED|MREMAP_DONTUNMAP"),
            ));
    }
    if addr & !PAGE_MASK != 0 {
        return Err(Refusal::new(&checks::MREMAP_UNALIGNED).with("addr", Fact::Hex(addr)));
    }
    if new_len == 0 {
        return refuse(&checks::MREMAP_ZERO_NEW_LEN);
    }
    if new_len > TASK_SIZE {
        return Err(Refusal::new(&checks::MREMAP_NEW_LEN_TOO_BIG).with("len", Fact::Hex(new_len)));
    }
    if !vrm.implies_new_addr() {
        return Ok(());
    }
    if new_addr > TASK_SIZE - new_len {
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
    if vrm.dontunmap() && vrm.old_len != new_len {
        return refuse(&checks::MREMAP_DONTUNMAP_RESIZE);
    }
    // vrm_overlaps, for every implied new address (FIXED or DONTUNMAP).
    if addr.wrapping_add(vrm.old_len) > new_addr && new_addr + new_len > addr {
        return refuse(&checks::MREMAP_TO_OVERLAP);
    }
    Ok(())
}

/// check_prep_vma: the source VMA may be resized or moved as asked.
fn check_prep_vma(cx: &mut Ctx, vrm: &mut Vrm, vma: NodeId) -> KResult<()> {
    let v = *cx.task.mm.vma(vma);
    // align_hugetlb (5.16+ hugetlb mremap): the addresses must be huge-page
    // aligned, the lengths are rounded up to huge pages, and growth is refused.
    if v.flags & VM_HUGETLB != 0 {
        let huge = v
            .file
            .map_or(2 << 20, |f| cx.world.vfs.file_inode(f).huge_size);
        let align = |x: u64| x.wrapping_add(huge - 1) & !(huge - 1);
        vrm.old_len = align(vrm.old_len);
        vrm.new_len = align(vrm.new_len);
        // Both addresses, even a new_addr nothing will use.
        if vrm.addr & (huge - 1) != 0 || vrm.new_addr & (huge - 1) != 0 || vrm.new_len > vrm.old_len
        {
            return refuse(&checks::MREMAP_HUGETLB_618);
        }
    }
    vrm.delta = vrm.old_len.abs_diff(vrm.new_len);
    if !vrm.implies_new_addr() {
        vrm.new_addr = vrm.addr;
    }
    // vrm_will_map_new: only growth and moves need the checks below.
    let expand = vrm.new_len > vrm.old_len;
    if !expand && !vrm.implies_new_addr() {
        return Ok(());
    }
    if vrm.old_len == 0 && v.flags & (VM_SHARED | VM_MAYSHARE) == 0 {
        return refuse(&checks::MREMAP_OLD_LEN_ZERO);
    }
    if vrm.dontunmap() && v.flags & (VM_DONTEXPAND | VM_PFNMAP) != 0 {
        return refuse(&checks::MREMAP_DONTUNMAP_SPECIAL);
    }
    // A shrinking move unmaps the tail first: only what moves must lie in the VMA.
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
    // mlock_future_ok
    if v.flags & VM_LOCKED != 0 && !cx.task.capable(CAP_IPC_LOCK) {
        let locked = mm.counters.locked_vm.wrapping_add(pages);
        if locked > cx.task.rlimit(RLIMIT_MEMLOCK) >> PAGE_SHIFT {
            return Err(Refusal::new(&checks::MREMAP_MLOCK_LIMIT).with("pages", Fact::Dec(pages)));
        }
    }
    if may_expand_vm(cx, v.flags, pages) != MayExpand::Yes {
        return Err(Refusal::new(&checks::MREMAP_AS_LIMIT).with("pages", Fact::Dec(pages)));
    }
    Ok(())
}

/// mremap_to: move to the new address (MREMAP_FIXED), or to a place near
/// the hint (MREMAP_DONTUNMAP alone).
fn mremap_to(cx: &mut Ctx, vrm: &mut Vrm) -> KResult<u64> {
    if vrm.fixed() {
        // The destination goes now, after the source was checked: what
        // fails below leaves it unmapped.
        cx.trace
            .step(F, "MREMAP_FIXED: the destination is unmapped");
        do_munmap(cx, vrm.new_addr, vrm.new_len)?;
        vma_lookup(cx, vrm.addr)?;
    }
    if vrm.old_len > vrm.new_len {
        // shrink_vma, keeping the lock: the tail goes, then the rest moves.
        do_munmap(cx, vrm.addr + vrm.new_len, vrm.delta)?;
        vma_lookup(cx, vrm.addr)?;
        vrm.old_len = vrm.new_len;
    }
    let vma = vma_lookup(cx, vrm.addr)?;
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
/// new address as a hint (MREMAP_DONTUNMAP alone), or with none (growth).
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

/// vrm_calc_charge: a VM_ACCOUNT VMA charges its growth, or with
/// MREMAP_DONTUNMAP the whole copy.
fn vrm_calc_charge(cx: &mut Ctx, vrm: &Vrm, flags: u64) -> KResult<()> {
    if flags & VM_ACCOUNT == 0 {
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
    vm_enough_memory(cx, pages, &checks::MREMAP_CHARGE)
        .map_err(|r| r.with("what", Fact::Text(what)))
}

/// move_vma: copy the VMA to vrm.new_addr, then unmap the source, or with
/// MREMAP_DONTUNMAP leave it mapped and emptied (dontunmap_complete).
fn move_vma(cx: &mut Ctx, vrm: &mut Vrm, vma: NodeId) -> KResult<u64> {
    let (addr, old_len, new_len, new_addr) = (vrm.addr, vrm.old_len, vrm.new_len, vrm.new_addr);
    prep_move_vma(cx, vma, addr, old_len)?;
    let flags = cx.task.mm.vma(vma).flags;
    vrm_calc_charge(cx, vrm, flags)?;
    let (new, src) = copy_vma(cx, vma, addr, new_addr, new_len);
    // vrm_stat_account
    let pages = new_len >> PAGE_SHIFT;
    cx.task.mm.vm_stat_account(flags, pages as i64);
    if flags & VM_LOCKED != 0 {
        cx.task.mm.counters.locked_vm += pages;
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
fn mremap_at(cx: &mut Ctx, vrm: &mut Vrm, vma: NodeId) -> KResult<u64> {
    if vrm.old_len == vrm.new_len {
        cx.trace.step(F, "same size: nothing to do");
        return Ok(vrm.addr);
    }
    if vrm.old_len > vrm.new_len {
        do_munmap(cx, vrm.addr + vrm.new_len, vrm.delta)?;
        cx.trace.step(F, "shrink: the tail is unmapped in place");
        return Ok(vrm.addr);
    }
    expand_vma(cx, vrm, vma)
}

/// expand_vma: in place if the range ends the VMA and nothing follows within
/// the growth, else by moving (MREMAP_MAYMOVE) or ENOMEM.
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

/// expand_vma_in_place: charge, then vma_merge_extend, which also merges the
/// grown VMA with a compatible next one.
fn expand_vma_in_place(cx: &mut Ctx, vrm: &mut Vrm, vma: NodeId) -> KResult<u64> {
    let v = *cx.task.mm.vma(vma);
    vrm_calc_charge(cx, vrm, v.flags)?;
    let s0 = cx.task.mm.start(vma);
    let old_end = vrm.addr + vrm.old_len;
    let new_end = vrm.addr + vrm.new_len;
    let pgoff_end = v.pgoff.wrapping_add((old_end - s0) >> PAGE_SHIFT);
    match vma_merge(
        cx,
        Some(vma),
        old_end,
        new_end,
        v.flags,
        v.anon_vma,
        v.file,
        pgoff_end,
    ) {
        MergeResult::Merged(_) => cx.trace.step(
            F,
            "grown in place, merged with what follows (vma_merge_extend)",
        ),
        MergeResult::NoMerge => {
            cx.task.mm.set_vma_range(vma, s0, new_end);
            cx.trace.step(F, "grown in place");
        }
    }
    let pages = vrm.delta >> PAGE_SHIFT;
    cx.task.mm.vm_stat_account(v.flags, pages as i64);
    if v.flags & VM_LOCKED != 0 {
        cx.task.mm.counters.locked_vm += pages;
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
