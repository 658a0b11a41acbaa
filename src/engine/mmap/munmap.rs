//! do_munmap, __split_vma and split_vma, with the helpers and the system
//! call around them: mm/mmap.c:2465-2733.

use super::region::{vma_file_get, vma_file_put};
use crate::engine::checks;
use crate::engine::ctx::Ctx;
use crate::engine::refusal::{Fact, KResult, Refusal};
use crate::engine::util::vm_unacct_memory;
use crate::engine::vma::*;
use crate::engine::vma_tree::NodeId;

/// __split_vma (mm/mmap.c:2539-2600): cut `vma` at `addr`. With `new_below`
/// the new VMA is the lower part, otherwise the upper. Returns the new VMA.
/// It does not check the map count; split_vma does.
pub fn __split_vma(cx: &mut Ctx, vma: NodeId, addr: u64, new_below: bool) -> KResult<NodeId> {
    let mm = &cx.task.mm;
    let v = *mm.vma(vma);
    // mm/mmap.c:2545: hugetlb VMAs split only on huge page boundaries.
    if v.flags & VM_HUGETLB != 0 {
        let huge = v
            .file
            .map_or(2 << 20, |f| cx.world.vfs.file_inode(f).huge_size);
        if addr & (huge - 1) != 0 {
            return Err(Refusal::new(&checks::SPLIT_HUGETLB_UNALIGNED));
        }
    }
    // vm_ops->may_split (6.x mm/vma.c __split_vma): special mappings such
    // as the vDSO refuse to be split (special_mapping_split).
    if matches!(v.ops, VmOps::Special(_)) {
        return Err(Refusal::new(&checks::SPLIT_SPECIAL));
    }
    let (start, end) = (mm.start(vma), mm.end(vma));
    let guard = mm.vmas().guard(vma);
    let shift = (addr - start) >> PAGE_SHIFT;
    vma_file_get(cx, &v);
    let mm = &mut cx.task.mm;
    let new = if new_below {
        mm.set_vma_range(vma, addr, end);
        mm.vma_mut(vma).pgoff = v.pgoff.wrapping_add(shift);
        let before = mm.vmas().prev(vma);
        mm.insert_vma(before, start, addr, guard, v)
    } else {
        mm.set_vma_range(vma, start, addr);
        let upper = Vma {
            pgoff: v.pgoff.wrapping_add(shift),
            ..v
        };
        mm.insert_vma(Some(vma), addr, end, guard, upper)
    };
    cx.trace.value("__split_vma", "split at", addr);
    Ok(new)
}

/// split_vma (mm/mmap.c:2606-2613): refuses when the map count is at the limit.
pub fn split_vma(cx: &mut Ctx, vma: NodeId, addr: u64, new_below: bool) -> KResult<NodeId> {
    let count = cx.task.mm.map_count();
    if count >= cx.world.sys.max_map_count {
        return Err(Refusal::new(&checks::SPLIT_MAP_COUNT)
            .with("count", Fact::Dec(count))
            .with("max", Fact::Dec(cx.world.sys.max_map_count)));
    }
    __split_vma(cx, vma, addr, new_below)
}

/// do_munmap (mm/mmap.c:2620-2711).
pub fn do_munmap(cx: &mut Ctx, start: u64, len: u64) -> KResult<()> {
    const F: &str = "do_munmap";
    // mm/mmap.c:2626
    let task_size = cx.task.mm.task_size;
    if start & !PAGE_MASK != 0 || start > task_size || len > task_size - start {
        return Err(Refusal::new(&checks::MUNMAP_BAD_ARGS)
            .with("addr", Fact::Hex(start))
            .with("len", Fact::Hex(len)));
    }
    // mm/mmap.c:2629-2631
    let len = page_align(len);
    if len == 0 {
        return Err(Refusal::new(&checks::MUNMAP_ZERO_LEN));
    }
    let end = start + len;
    // mm/mmap.c:2634-2643: nothing mapped there is not an error.
    let Some(first) = munmap_gather(cx, start, end)? else {
        cx.trace.step(F, "nothing mapped in the range: done");
        return Ok(());
    };
    munmap_clear(cx, first, end, true);
    Ok(())
}

/// The first half of do_munmap, splitting at the range's edges (mm/mmap.c:2634-2683; 6.18's
/// vms_gather_munmap_vmas): split the VMAs at the range's edges. Returns the
/// first VMA inside the range, None if nothing is mapped there.
pub fn munmap_gather(cx: &mut Ctx, start: u64, end: u64) -> KResult<Option<NodeId>> {
    let Some(vma) = cx.task.mm.find_vma(start) else {
        return Ok(None);
    };
    if cx.task.mm.start(vma) >= end {
        return Ok(None);
    }
    let mut prev = cx.task.mm.vmas().prev(vma);
    // Only kernels with mseal (6.10+) can have sealed VMAs to refuse.
    let sealing = cx.world.profile().mseal;
    // mm/mmap.c:2659-2674: split the first VMA.
    if start > cx.task.mm.start(vma) {
        let count = cx.task.mm.map_count();
        // mm/mmap.c:2667: only a hole strictly inside one VMA adds to the count.
        if end < cx.task.mm.end(vma) && count >= cx.world.sys.max_map_count {
            return Err(Refusal::new(&checks::MUNMAP_MAP_COUNT)
                .with("count", Fact::Dec(count))
                .with("max", Fact::Dec(cx.world.sys.max_map_count)));
        }
        // 6.10+ vms_gather_munmap_vmas: "Don't bother splitting the VMA if
        // we can't unmap it anyway".
        if sealing && !crate::engine::mseal::can_modify_vma(cx, vma) {
            return Err(crate::engine::mseal::sealed(
                cx,
                vma,
                &checks::SEALED_MUNMAP,
            ));
        }
        __split_vma(cx, vma, start, false)?;
        prev = Some(vma);
    }
    // 6.10+ vms_gather_munmap_vmas: each VMA of the range is refused if
    // sealed before the last one is split; a first split already made
    // stays.
    if sealing {
        let mm = &cx.task.mm;
        let mut at = match prev {
            Some(p) => mm.vmas().next(p),
            None => mm.vmas().first(),
        };
        while let Some(v) = at.filter(|&v| mm.start(v) < end) {
            if !crate::engine::mseal::can_modify_vma(cx, v) {
                return Err(crate::engine::mseal::sealed(cx, v, &checks::SEALED_MUNMAP));
            }
            at = mm.vmas().next(v);
        }
    }
    // mm/mmap.c:2676-2682: split the last VMA.
    // find_vma(end), walked from `vma`: the range's VMAs are visited anyway.
    let mm = &cx.task.mm;
    let mut last = Some(vma);
    while let Some(l) = last.filter(|&l| mm.end(l) <= end) {
        last = mm.vmas().next(l);
    }
    if let Some(last) = last
        && end > cx.task.mm.start(last)
    {
        __split_vma(cx, last, end, true)?;
    }
    Ok(match prev {
        Some(p) => cx.task.mm.vmas().next(p),
        None => cx.task.mm.vmas().first(),
    })
}

/// The second half (mm/mmap.c:2685-2708 and remove_vma_list :2465-2481):
/// remove every VMA from `first` up to `end`, returning their pages to the
/// counters and, with `unaccount`, their commit charge.
pub fn munmap_clear(cx: &mut Ctx, first: NodeId, end: u64, unaccount: bool) {
    let mut cur = Some(first);
    let mut nr_accounted = 0;
    let mut removed = 0;
    while let Some(id) = cur {
        let mm = &mut cx.task.mm;
        if mm.start(id) >= end {
            break;
        }
        cur = mm.vmas().next(id);
        let pages = mm.pages(id);
        // The page tables go, guard markers with them.
        let first_page = mm.start(id) >> PAGE_SHIFT;
        mm.guards.remove_range(first_page, first_page + pages);
        super::super::memory::zap_page_range(mm, mm.start(id), mm.end(id));
        let v = mm.remove_vma(id);
        if v.flags & VM_LOCKED != 0 {
            mm.counters.locked_vm -= pages;
        }
        mm.vm_stat_account(v.flags, -(pages as i64));
        if v.flags & VM_ACCOUNT != 0 {
            nr_accounted += pages;
        }
        vma_file_put(cx, &v);
        removed += 1;
    }
    if unaccount && nr_accounted != 0 {
        vm_unacct_memory(cx, nr_accounted);
    }
    cx.trace.value("do_munmap", "VMAs removed", removed);
}
