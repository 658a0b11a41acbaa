//! mm/mremap.c: mremap, mremap_to, vma_to_resize, move_vma (v4.12 :261-627),
//! with copy_vma and vma_expandable from mm/mmap.c.

use super::checks;
use super::ctx::Ctx;
use super::mmap::{
    MayExpand, MergeResult, TASK_SIZE, do_munmap, get_unmapped_area, may_expand_vm, vma_file_get,
    vma_merge,
};
use super::refusal::{Fact, KResult, Refusal, refuse};
use super::util::{mm_populate, vm_enough_memory, vm_unacct_memory};
use super::vma::*;
use super::vma_tree::NodeId;
use crate::uapi::*;

/// mremap (mm/mremap.c:495-627).
pub fn sys_mremap(
    cx: &mut Ctx,
    addr: u64,
    old_len: u64,
    new_len: u64,
    flags: u64,
    new_addr: u64,
) -> KResult<u64> {
    const F: &str = "mremap";
    if cx.world.profile().mremap_modern {
        return mremap_618(cx, addr, old_len, new_len, flags, new_addr);
    }
    // mm/mremap.c:507-514
    if flags & !(MREMAP_FIXED | MREMAP_MAYMOVE) != 0 {
        return Err(Refusal::new(&checks::MREMAP_BAD_FLAGS).with("flags", Fact::Hex(flags)));
    }
    if flags & MREMAP_FIXED != 0 && flags & MREMAP_MAYMOVE == 0 {
        return refuse(&checks::MREMAP_FIXED_NO_MAYMOVE);
    }
    if addr & !PAGE_MASK != 0 {
        return Err(Refusal::new(&checks::MREMAP_UNALIGNED).with("addr", Fact::Hex(addr)));
    }
    let old_len = page_align(old_len);
    let new_len = page_align(new_len);
    // mm/mremap.c:523
    if new_len == 0 {
        return refuse(&checks::MREMAP_ZERO_NEW_LEN);
    }
    let mut charged = 0;
    let mut locked = false;
    let result = (|| -> KResult<u64> {
        if flags & MREMAP_FIXED != 0 {
            cx.trace.step(F, "MREMAP_FIXED: mremap_to");
            return mremap_to(
                cx,
                addr,
                old_len,
                new_addr,
                new_len,
                &mut locked,
                &mut charged,
            );
        }
        // mm/mremap.c:541-548: shrinking (or equal) never looks at what is mapped.
        if old_len >= new_len {
            let r = do_munmap(cx, addr.wrapping_add(new_len), old_len - new_len);
            if r.is_err() && old_len != new_len {
                return r.map(|_| 0);
            }
            cx.trace
                .step(F, "shrink or same size: the tail is unmapped in place");
            return Ok(addr);
        }
        let vma = vma_to_resize(cx, addr, old_len, new_len, &mut charged)?;
        // mm/mremap.c:560-577: grow in place if the VMA ends where the range ends.
        let mm = &cx.task.mm;
        if old_len == mm.end(vma) - addr && vma_expandable(cx, vma, new_len - old_len) {
            let pages = (new_len - old_len) >> PAGE_SHIFT;
            let s = cx.task.mm.start(vma);
            cx.task.mm.set_vma_range(vma, s, addr + new_len);
            let f = cx.task.mm.vma(vma).flags;
            cx.task.mm.vm_stat_account(f, pages as i64);
            if f & VM_LOCKED != 0 {
                cx.task.mm.counters.locked_vm += pages;
                locked = true;
            }
            cx.trace.value(F, "grown in place, pages", pages);
            return Ok(addr);
        }
        // mm/mremap.c:583-601
        grow_by_moving(cx, vma, addr, old_len, new_len, flags, &mut locked)
    })();
    finish(cx, result, locked, charged, old_len, new_len)
}

/// The end of mremap (mm/mremap.c:604-626): a failure returns the charge;
/// a locked mapping that grew has its new part faulted in.
fn finish(
    cx: &mut Ctx,
    result: KResult<u64>,
    locked: bool,
    charged: u64,
    old_len: u64,
    new_len: u64,
) -> KResult<u64> {
    match result {
        Ok(r) => {
            if locked && new_len > old_len {
                let _ = mm_populate(cx, r + old_len, new_len - old_len, true);
            }
            Ok(r)
        }
        Err(e) => {
            if charged != 0 {
                vm_unacct_memory(cx, charged);
            }
            Err(e)
        }
    }
}

/// Growth that cannot happen in place: with MREMAP_MAYMOVE a new place is
/// searched (no hint) and the mapping moves there (mm/mremap.c:583-601);
/// without it, ENOMEM.
fn grow_by_moving(
    cx: &mut Ctx,
    vma: NodeId,
    addr: u64,
    old_len: u64,
    new_len: u64,
    flags: u64,
    locked: &mut bool,
) -> KResult<u64> {
    if flags & MREMAP_MAYMOVE == 0 {
        return refuse(&checks::MREMAP_CANNOT_GROW);
    }
    let v = *cx.task.mm.vma(vma);
    let map_flags = if v.flags & VM_MAYSHARE != 0 {
        MAP_SHARED
    } else {
        0
    };
    let pgoff = v
        .pgoff
        .wrapping_add((addr - cx.task.mm.start(vma)) >> PAGE_SHIFT);
    cx.trace.step(
        "mremap",
        "cannot grow in place: MREMAP_MAYMOVE, looking for a new place",
    );
    let target = get_unmapped_area(cx, v.file, 0, new_len, pgoff, map_flags)?;
    move_vma(cx, vma, addr, old_len, new_len, target, locked)
}

/// mremap_to (mm/mremap.c:428-485).
fn mremap_to(
    cx: &mut Ctx,
    addr: u64,
    mut old_len: u64,
    new_addr: u64,
    new_len: u64,
    locked: &mut bool,
    charged: &mut u64,
) -> KResult<u64> {
    if new_addr & !PAGE_MASK != 0 {
        return Err(Refusal::new(&checks::MREMAP_TO_UNALIGNED).with("addr", Fact::Hex(new_addr)));
    }
    if new_len > TASK_SIZE || new_addr > TASK_SIZE - new_len {
        return Err(Refusal::new(&checks::MREMAP_TO_OUT_OF_RANGE)
            .with("addr", Fact::Hex(new_addr))
            .with("len", Fact::Hex(new_len)));
    }
    if addr.wrapping_add(old_len) > new_addr && new_addr + new_len > addr {
        return refuse(&checks::MREMAP_TO_OVERLAP);
    }
    // mm/mremap.c:449: the target is cleared first (a partial effect if we fail later).
    do_munmap(cx, new_addr, new_len)?;
    if old_len >= new_len {
        let r = do_munmap(cx, addr.wrapping_add(new_len), old_len - new_len);
        if r.is_err() && old_len != new_len {
            return r.map(|_| 0);
        }
        old_len = new_len;
    }
    let vma = vma_to_resize(cx, addr, old_len, new_len, charged)?;
    let v = *cx.task.mm.vma(vma);
    let mut map_flags = MAP_FIXED;
    if v.flags & VM_MAYSHARE != 0 {
        map_flags |= MAP_SHARED;
    }
    let pgoff = v
        .pgoff
        .wrapping_add((addr - cx.task.mm.start(vma)) >> PAGE_SHIFT);
    let target = get_unmapped_area(cx, v.file, new_addr, new_len, pgoff, map_flags)?;
    move_vma(cx, vma, addr, old_len, new_len, target, locked)
}

/// vma_to_resize (mm/mremap.c:376-426).
fn vma_to_resize(
    cx: &mut Ctx,
    addr: u64,
    old_len: u64,
    new_len: u64,
    charged: &mut u64,
) -> KResult<NodeId> {
    let mm = &cx.task.mm;
    let vma = match mm.find_vma(addr) {
        Some(v) if mm.start(v) <= addr => v,
        _ => return Err(Refusal::new(&checks::MREMAP_NO_VMA).with("addr", Fact::Hex(addr))),
    };
    let v = *mm.vma(vma);
    if v.flags & VM_HUGETLB != 0 {
        return refuse(&checks::MREMAP_HUGETLB);
    }
    if old_len > mm.end(vma) - addr {
        return Err(Refusal::new(&checks::MREMAP_CROSSES_VMA)
            .with("addr", Fact::Hex(addr))
            .with("len", Fact::Hex(old_len)));
    }
    if new_len == old_len {
        return Ok(vma);
    }
    let pgoff = v.pgoff.wrapping_add((addr - mm.start(vma)) >> PAGE_SHIFT);
    if pgoff.checked_add(new_len >> PAGE_SHIFT).is_none() {
        return refuse(&checks::MREMAP_PGOFF_OVERFLOW);
    }
    if v.flags & (VM_DONTEXPAND | VM_PFNMAP) != 0 {
        return refuse(&checks::MREMAP_DONTEXPAND);
    }
    let delta = new_len.wrapping_sub(old_len);
    let delta_pages = delta >> PAGE_SHIFT;
    if v.flags & VM_LOCKED != 0 {
        let locked = (mm.counters.locked_vm << PAGE_SHIFT).wrapping_add(delta);
        if locked > cx.task.rlimit(RLIMIT_MEMLOCK) && !cx.task.capable(CAP_IPC_LOCK) {
            return Err(
                Refusal::new(&checks::MREMAP_MLOCK_LIMIT).with("pages", Fact::Dec(delta_pages))
            );
        }
    }
    if may_expand_vm(cx, v.flags, delta_pages) != MayExpand::Yes {
        return Err(Refusal::new(&checks::MREMAP_AS_LIMIT).with("pages", Fact::Dec(delta_pages)));
    }
    if v.flags & VM_ACCOUNT != 0 {
        vm_enough_memory(cx, delta_pages, &checks::MREMAP_NO_COMMIT)?;
        *charged = delta_pages;
    }
    Ok(vma)
}

/// vma_expandable (mm/mremap.c:476-491).
fn vma_expandable(cx: &mut Ctx, vma: NodeId, delta: u64) -> bool {
    let mm = &cx.task.mm;
    let (start, end) = (mm.start(vma), mm.end(vma));
    let Some(new_end) = end.checked_add(delta) else {
        return false;
    };
    if mm.vmas().next(vma).is_some_and(|n| mm.start(n) < new_end) {
        return false;
    }
    let mut quiet = super::trace::Trace::off();
    let mut sub = Ctx {
        task: cx.task,
        world: cx.world,
        trace: &mut quiet,
    };
    get_unmapped_area(&mut sub, None, start, new_end - start, 0, MAP_FIXED).is_ok()
}

/// move_vma (mm/mremap.c:261-374) with copy_vma (mm/mmap.c:3055-3130).
fn move_vma(
    cx: &mut Ctx,
    mut vma: NodeId,
    old_addr: u64,
    old_len: u64,
    new_len: u64,
    new_addr: u64,
    locked: &mut bool,
) -> KResult<u64> {
    const F: &str = "move_vma";
    let count = cx.task.mm.map_count();
    if count >= cx.world.sys.max_map_count.saturating_sub(3) {
        return Err(Refusal::new(&checks::MREMAP_MAP_COUNT)
            .with("count", Fact::Dec(count))
            .with("max", Fact::Dec(cx.world.sys.max_map_count)));
    }
    let v = *cx.task.mm.vma(vma);
    let vma_start = cx.task.mm.start(vma);
    // move_vma (6.x): vm_ops->may_split is asked up front for the cuts the
    // unmap will make; special mappings refuse (special_mapping_split).
    if matches!(v.ops, VmOps::Special(_))
        && (old_addr != vma_start || old_addr + old_len != cx.task.mm.end(vma))
    {
        return Err(Refusal::new(&checks::SPLIT_SPECIAL));
    }
    let mut new_pgoff = v.pgoff.wrapping_add((old_addr - vma_start) >> PAGE_SHIFT);
    // copy_vma: a never-faulted anonymous VMA takes the pgoff of its new place.
    if v.ops == VmOps::None && v.file.is_none() && v.anon_vma.is_none() {
        new_pgoff = new_addr >> PAGE_SHIFT;
    }
    let prev = cx.task.mm.find_prev(new_addr);
    match vma_merge(
        cx,
        prev,
        new_addr,
        new_addr + new_len,
        v.flags,
        v.anon_vma,
        v.file,
        new_pgoff,
    ) {
        MergeResult::Merged(id) => {
            let mm = &cx.task.mm;
            if old_addr >= mm.start(id) && old_addr < mm.end(id) {
                vma = id;
            }
            cx.trace
                .step(F, "copy_vma: the moved range merged at its destination");
        }
        MergeResult::NoMerge => {
            let copy = Vma {
                pgoff: new_pgoff,
                ..v
            };
            vma_file_get(cx, &copy);
            let guard = cx.task.mm.tree_guard(copy.flags);
            cx.task
                .mm
                .insert_vma(prev, new_addr, new_addr + new_len, guard, copy);
            cx.trace.step(F, "copy_vma: a new VMA at the destination");
        }
    }
    // mm/mremap.c:330-340: hide VM_ACCOUNT so the unmap does not return the charge.
    let old_flags = cx.task.mm.vma(vma).flags;
    let mut excess = 0;
    let mut split = false;
    if v.flags & VM_ACCOUNT != 0 {
        let mm = &mut cx.task.mm;
        mm.vma_mut(vma).flags &= !VM_ACCOUNT;
        excess = mm.end(vma) - mm.start(vma) - old_len;
        split = old_addr > mm.start(vma) && old_addr + old_len < mm.end(vma);
    }
    cx.task
        .mm
        .vm_stat_account(old_flags, (new_len >> PAGE_SHIFT) as i64);
    if do_munmap(cx, old_addr, old_len).is_err() {
        vm_unacct_memory(cx, excess >> PAGE_SHIFT);
        excess = 0;
    }
    // mm/mremap.c:355-359: the pieces left behind get VM_ACCOUNT back.
    if excess != 0 {
        let mm = &mut cx.task.mm;
        mm.vma_mut(vma).flags |= VM_ACCOUNT;
        if split && let Some(n) = mm.vmas().next(vma) {
            mm.vma_mut(n).flags |= VM_ACCOUNT;
        }
    }
    if v.flags & VM_LOCKED != 0 {
        cx.task.mm.counters.locked_vm += new_len >> PAGE_SHIFT;
        *locked = true;
    }
    cx.trace.value(F, "moved to", new_addr);
    Ok(new_addr)
}

/// mremap as 6.18 does it (mm/mremap.c, reorganised in 6.16-6.17 around
/// struct vma_remap_struct): every parameter check first
/// (check_mremap_params), then the source VMA is always looked up
/// (check_prep_vma, EFAULT also for shrinks), the destination of
/// MREMAP_FIXED is unmapped only after the source passed, in-place growth
/// merges with a compatible next VMA (vma_merge_extend), and
/// MREMAP_DONTUNMAP leaves the source mapped.
fn mremap_618(
    cx: &mut Ctx,
    addr: u64,
    old_len: u64,
    new_len: u64,
    flags: u64,
    new_addr: u64,
) -> KResult<u64> {
    const F: &str = "mremap";
    let old_len = page_align(old_len);
    let new_len = page_align(new_len);
    // check_mremap_params
    if flags & !(MREMAP_FIXED | MREMAP_MAYMOVE | MREMAP_DONTUNMAP) != 0 {
        return Err(Refusal::new(&checks::MREMAP_BAD_FLAGS).with("flags", Fact::Hex(flags)));
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
    let new_place = flags & (MREMAP_FIXED | MREMAP_DONTUNMAP) != 0;
    if new_place {
        if new_addr > TASK_SIZE - new_len {
            return Err(Refusal::new(&checks::MREMAP_TO_OUT_OF_RANGE)
                .with("addr", Fact::Hex(new_addr))
                .with("len", Fact::Hex(new_len)));
        }
        if new_addr & !PAGE_MASK != 0 {
            return Err(
                Refusal::new(&checks::MREMAP_TO_UNALIGNED).with("addr", Fact::Hex(new_addr))
            );
        }
        if flags & MREMAP_MAYMOVE == 0 {
            return refuse(&checks::MREMAP_FIXED_NO_MAYMOVE);
        }
        if flags & MREMAP_DONTUNMAP != 0 && old_len != new_len {
            return refuse(&checks::MREMAP_DONTUNMAP_RESIZE);
        }
        // vrm_overlaps: for every implied new address (FIXED or DONTUNMAP).
        if addr.wrapping_add(old_len) > new_addr && new_addr + new_len > addr {
            return refuse(&checks::MREMAP_TO_OVERLAP);
        }
    }
    if flags & MREMAP_FIXED != 0
        && flags & MREMAP_DONTUNMAP == 0
        && old_len == new_len
        && old_len != 0
    {
        return remap_move(cx, addr, old_len, new_addr);
    }
    // check_prep_vma: the source must be mapped, whatever the sizes.
    let mm = &cx.task.mm;
    let vma = match mm.find_vma(addr) {
        Some(v) if mm.start(v) <= addr => v,
        _ => return Err(Refusal::new(&checks::MREMAP_NO_VMA).with("addr", Fact::Hex(addr))),
    };
    let v = *mm.vma(vma);
    // check_prep_vma (5.16+ hugetlb mremap): the address must be huge-page
    // aligned and the lengths are rounded to huge pages; growth is refused.
    let (old_len, new_len) = if v.flags & VM_HUGETLB != 0 {
        let huge = v
            .file
            .map_or(2 << 20, |f| cx.world.vfs.file_inode(f).huge_size);
        let align = |x: u64| x.wrapping_add(huge - 1) & !(huge - 1);
        let (o, n) = (align(old_len), align(new_len));
        // Both addresses, even a new_addr nothing will use.
        if addr & (huge - 1) != 0 || new_addr & (huge - 1) != 0 || n > o {
            return refuse(&checks::MREMAP_HUGETLB_618);
        }
        (o, n)
    } else {
        (old_len, new_len)
    };
    let mm = &cx.task.mm;
    let expand = new_len > old_len;
    let mut charged = 0;
    if expand || new_place {
        if old_len == 0 && v.flags & VM_MAYSHARE == 0 {
            return refuse(&checks::MREMAP_OLD_LEN_ZERO);
        }
        // A shrinking move unmaps the tail first: only what moves must lie
        // inside the VMA.
        let moved = old_len.min(new_len);
        if moved > mm.end(vma) - addr {
            return Err(Refusal::new(&checks::MREMAP_CROSSES_VMA)
                .with("addr", Fact::Hex(addr))
                .with("len", Fact::Hex(moved)));
        }
        let pgoff = v.pgoff.wrapping_add((addr - mm.start(vma)) >> PAGE_SHIFT);
        if pgoff.checked_add(new_len >> PAGE_SHIFT).is_none() {
            return refuse(&checks::MREMAP_PGOFF_OVERFLOW);
        }
        // What the call adds to the address space: the growth, or a whole
        // second copy for MREMAP_DONTUNMAP.
        let added = if flags & MREMAP_DONTUNMAP != 0 {
            new_len
        } else {
            new_len.saturating_sub(old_len)
        };
        if added != 0 {
            if v.flags & (VM_DONTEXPAND | VM_PFNMAP) != 0 {
                return refuse(&checks::MREMAP_DONTEXPAND);
            }
            if v.flags & VM_LOCKED != 0 {
                let locked = (mm.counters.locked_vm << PAGE_SHIFT).wrapping_add(added);
                if locked > cx.task.rlimit(RLIMIT_MEMLOCK) && !cx.task.capable(CAP_IPC_LOCK) {
                    return Err(Refusal::new(&checks::MREMAP_MLOCK_LIMIT)
                        .with("pages", Fact::Dec(added >> PAGE_SHIFT)));
                }
            }
            if may_expand_vm(cx, v.flags, added >> PAGE_SHIFT) != MayExpand::Yes {
                return Err(Refusal::new(&checks::MREMAP_AS_LIMIT)
                    .with("pages", Fact::Dec(added >> PAGE_SHIFT)));
            }
            if v.flags & VM_ACCOUNT != 0 {
                vm_enough_memory(cx, added >> PAGE_SHIFT, &checks::MREMAP_NO_COMMIT)?;
                charged = added >> PAGE_SHIFT;
            }
        }
    }
    let mut locked = false;
    let result = (|| -> KResult<u64> {
        if new_place {
            // mremap_to: the destination goes only now, after the source passed.
            if flags & MREMAP_FIXED != 0 {
                do_munmap(cx, new_addr, new_len)?;
            }
            let mut old_len = old_len;
            if old_len > new_len {
                do_munmap(cx, addr + new_len, old_len - new_len)?;
                old_len = new_len;
            }
            let vma = match cx.task.mm.find_vma(addr) {
                Some(x) if cx.task.mm.start(x) <= addr => x,
                _ => return Err(Refusal::new(&checks::MREMAP_NO_VMA).with("addr", Fact::Hex(addr))),
            };
            let v = *cx.task.mm.vma(vma);
            let pgoff = v
                .pgoff
                .wrapping_add((addr - cx.task.mm.start(vma)) >> PAGE_SHIFT);
            let mut map_flags = if flags & MREMAP_FIXED != 0 {
                MAP_FIXED
            } else {
                0
            };
            if v.flags & VM_MAYSHARE != 0 {
                map_flags |= MAP_SHARED;
            }
            // vrm_set_new_addr: with MREMAP_DONTUNMAP alone new_addr is a hint.
            let hint = new_addr;
            let target = get_unmapped_area(cx, v.file, hint, new_len, pgoff, map_flags)?;
            let keep = flags & MREMAP_DONTUNMAP != 0;
            return move_vma_618(cx, vma, addr, old_len, new_len, target, keep, &mut locked);
        }
        // mremap_at
        if old_len == new_len {
            cx.trace.step(F, "same size: nothing to do");
            return Ok(addr);
        }
        if old_len > new_len {
            do_munmap(cx, addr + new_len, old_len - new_len)?;
            cx.trace.step(F, "shrink: the tail is unmapped in place");
            return Ok(addr);
        }
        let mm = &cx.task.mm;
        if old_len == mm.end(vma) - addr && vma_expandable(cx, vma, new_len - old_len) {
            let pages = (new_len - old_len) >> PAGE_SHIFT;
            let f = cx.task.mm.vma(vma).flags;
            // vma_merge_extend: the grown VMA merges with a compatible next one.
            let s0 = cx.task.mm.start(vma);
            let v = *cx.task.mm.vma(vma);
            let old_end = addr + old_len;
            let pgoff_end = v.pgoff.wrapping_add((old_end - s0) >> PAGE_SHIFT);
            match vma_merge(
                cx,
                Some(vma),
                old_end,
                addr + new_len,
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
                    cx.task.mm.set_vma_range(vma, s0, addr + new_len);
                    cx.trace.step(F, "grown in place");
                }
            }
            cx.task.mm.vm_stat_account(f, pages as i64);
            if f & VM_LOCKED != 0 {
                cx.task.mm.counters.locked_vm += pages;
                locked = true;
            }
            return Ok(addr);
        }
        grow_by_moving(cx, vma, addr, old_len, new_len, flags, &mut locked)
    })();
    finish(cx, result, locked, charged, old_len, new_len)
}

/// move_vma for 6.18: as 4.12's, or with MREMAP_DONTUNMAP a copy that
/// leaves the (emptied) source in place.
#[allow(clippy::too_many_arguments)]
fn move_vma_618(
    cx: &mut Ctx,
    vma: NodeId,
    old_addr: u64,
    old_len: u64,
    new_len: u64,
    new_addr: u64,
    keep_source: bool,
    locked: &mut bool,
) -> KResult<u64> {
    if !keep_source {
        return move_vma(cx, vma, old_addr, old_len, new_len, new_addr, locked);
    }
    let count = cx.task.mm.map_count();
    if count >= cx.world.sys.max_map_count.saturating_sub(3) {
        return Err(Refusal::new(&checks::MREMAP_MAP_COUNT)
            .with("count", Fact::Dec(count))
            .with("max", Fact::Dec(cx.world.sys.max_map_count)));
    }
    let v = *cx.task.mm.vma(vma);
    let mut pgoff = v
        .pgoff
        .wrapping_add((old_addr - cx.task.mm.start(vma)) >> PAGE_SHIFT);
    if v.ops == VmOps::None && v.file.is_none() && v.anon_vma.is_none() {
        pgoff = new_addr >> PAGE_SHIFT;
    }
    let prev = cx.task.mm.find_prev(new_addr);
    if let MergeResult::NoMerge = vma_merge(
        cx,
        prev,
        new_addr,
        new_addr + new_len,
        v.flags,
        v.anon_vma,
        v.file,
        pgoff,
    ) {
        let copy = Vma { pgoff, ..v };
        vma_file_get(cx, &copy);
        let guard = cx.task.mm.tree_guard(copy.flags);
        cx.task
            .mm
            .insert_vma(prev, new_addr, new_addr + new_len, guard, copy);
    }
    cx.task
        .mm
        .vm_stat_account(v.flags, (new_len >> PAGE_SHIFT) as i64);
    if v.flags & VM_LOCKED != 0 {
        cx.task.mm.counters.locked_vm += new_len >> PAGE_SHIFT;
        *locked = true;
    }
    cx.trace.value(
        "move_vma",
        "MREMAP_DONTUNMAP: copied to, the source stays mapped",
        new_addr,
    );
    Ok(new_addr)
}

/// remap_move (6.17+ mm/mremap.c): MREMAP_FIXED without resizing moves
/// every VMA of the source range in turn, keeping the holes between them.
fn remap_move(cx: &mut Ctx, addr: u64, len: u64, new_addr: u64) -> KResult<u64> {
    let end = addr + len;
    match cx.task.mm.find_vma(addr) {
        Some(v) if cx.task.mm.start(v) <= addr => {}
        _ => return Err(Refusal::new(&checks::MREMAP_NO_VMA).with("addr", Fact::Hex(addr))),
    }
    do_munmap(cx, new_addr, len)?;
    let mut at = addr;
    let mut locked = false;
    while let Some(v) = cx
        .task
        .mm
        .find_vma(at)
        .filter(|&v| at < end && cx.task.mm.start(v) < end)
    {
        let (s, e) = (cx.task.mm.start(v).max(at), cx.task.mm.end(v).min(end));
        cx.trace.value("remap_move", "moving the piece at", s);
        // Each piece's destination passes get_unmapped_area(MAP_FIXED), as
        // in mremap_to: TASK_SIZE, alignment and mmap_min_addr (EPERM).
        let vma = *cx.task.mm.vma(v);
        let pgoff = vma
            .pgoff
            .wrapping_add((s - cx.task.mm.start(v)) >> PAGE_SHIFT);
        let shared = if vma.flags & VM_MAYSHARE != 0 {
            MAP_SHARED
        } else {
            0
        };
        let target = get_unmapped_area(
            cx,
            vma.file,
            new_addr + (s - addr),
            e - s,
            pgoff,
            MAP_FIXED | shared,
        )?;
        move_vma(cx, v, s, e - s, e - s, target, &mut locked)?;
        at = e;
    }
    Ok(new_addr)
}
