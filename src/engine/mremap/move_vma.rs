//! The steps of a move both kernels share: move_vma's preparation, copy_vma
//! (mm/mmap.c:3055-3130 in 4.12, mm/vma.c in 6.18), the unmapping of the
//! source with its VM_ACCOUNT trick, and vma_expandable.

use crate::engine::checks;
use crate::engine::ctx::Ctx;
use crate::engine::mmap::{MergeResult, do_munmap, get_unmapped_area, vma_file_get, vma_merge};
use crate::engine::refusal::{Fact, KResult, Refusal};
use crate::engine::util::vm_unacct_memory;
use crate::engine::vma::*;
use crate::engine::vma_tree::NodeId;
use crate::uapi::MAP_FIXED;

/// The checks move_vma makes before it copies anything: headroom for the
/// VMAs the copy and the unmap may add (4.12 mm/mremap.c:282; 6.18
/// prep_move_vma), then vm_ops->may_split for the cuts the unmap will make
/// (6.x; special mappings refuse, special_mapping_split).
pub(super) fn prep_move_vma(cx: &mut Ctx, vma: NodeId, old_addr: u64, old_len: u64) -> KResult<()> {
    let count = cx.task.mm.map_count();
    if count >= cx.world.sys.max_map_count.saturating_sub(3) {
        return Err(Refusal::new(&checks::MREMAP_MAP_COUNT)
            .with("count", Fact::Dec(count))
            .with("max", Fact::Dec(cx.world.sys.max_map_count)));
    }
    let mm = &cx.task.mm;
    if matches!(mm.vma(vma).ops, VmOps::Special(_))
        && (old_addr != mm.start(vma) || old_addr + old_len != mm.end(vma))
    {
        return Err(Refusal::new(&checks::SPLIT_SPECIAL));
    }
    Ok(())
}

/// copy_vma: a VMA for [new_addr, new_addr + new_len) with the source's
/// flags, file and anon_vma, merged with its neighbours where it can be.
/// Returns the destination VMA and the source VMA, which is the merged one
/// when the copy merged over the source (4.12 mm/mmap.c:3084-3100).
pub(super) fn copy_vma(
    cx: &mut Ctx,
    vma: NodeId,
    old_addr: u64,
    new_addr: u64,
    new_len: u64,
) -> (NodeId, NodeId) {
    const F: &str = "copy_vma";
    let v = *cx.task.mm.vma(vma);
    let mut pgoff = v
        .pgoff
        .wrapping_add((old_addr - cx.task.mm.start(vma)) >> PAGE_SHIFT);
    // mm/mmap.c:3070: a never-faulted anonymous VMA (vma_is_anonymous: no
    // vm_ops, so a private /dev/zero mapping too) takes the pgoff of its new
    // place, to merge there more easily.
    if v.ops == VmOps::None && v.anon_vma.is_none() {
        pgoff = new_addr >> PAGE_SHIFT;
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
        pgoff,
    ) {
        MergeResult::Merged(id) => {
            let mm = &cx.task.mm;
            let source = if old_addr >= mm.start(id) && old_addr < mm.end(id) {
                id
            } else {
                vma
            };
            cx.trace
                .step(F, "the moved range merged at its destination");
            (id, source)
        }
        MergeResult::NoMerge => {
            let copy = Vma { pgoff, ..v };
            vma_file_get(cx, &copy);
            let guard = cx.task.mm.tree_guard(copy.flags);
            let id = cx
                .task
                .mm
                .insert_vma(prev, new_addr, new_addr + new_len, guard, copy);
            cx.trace.step(F, "a new VMA at the destination");
            (id, vma)
        }
    }
}

/// Unmap what was moved (4.12 mm/mremap.c:329-366; 6.18 unmap_source_vma):
/// VM_ACCOUNT is hidden first so the unmap does not return the charge the
/// destination now holds, then given back to the pieces left on either side.
pub(super) fn unmap_source_vma(cx: &mut Ctx, vma: NodeId, old_addr: u64, old_len: u64) {
    let mut excess = 0;
    let mut split = false;
    if cx.task.mm.vma(vma).flags & VM_ACCOUNT != 0 {
        let mm = &mut cx.task.mm;
        mm.vma_mut(vma).flags &= !VM_ACCOUNT;
        excess = mm.end(vma) - mm.start(vma) - old_len;
        split = old_addr > mm.start(vma) && old_addr + old_len < mm.end(vma);
    }
    // The map-count headroom prep_move_vma demanded keeps this unmap from
    // failing; were it to, only the charge would be put right.
    if do_munmap(cx, old_addr, old_len).is_err() {
        vm_unacct_memory(cx, excess >> PAGE_SHIFT);
        excess = 0;
    }
    if excess != 0 {
        let mm = &mut cx.task.mm;
        mm.vma_mut(vma).flags |= VM_ACCOUNT;
        if split && let Some(n) = mm.vmas().next(vma) {
            mm.vma_mut(n).flags |= VM_ACCOUNT;
        }
    }
}

/// vma_expandable (4.12 mm/mremap.c:487-498; 6.18 the same): nothing mapped
/// in the growth, and get_unmapped_area accepts the grown range as MAP_FIXED.
pub(super) fn vma_expandable(cx: &mut Ctx, vma: NodeId, delta: u64) -> bool {
    let mm = &cx.task.mm;
    let (start, end) = (mm.start(vma), mm.end(vma));
    let Some(new_end) = end.checked_add(delta) else {
        return false;
    };
    if mm.vmas().next(vma).is_some_and(|n| mm.start(n) < new_end) {
        return false;
    }
    let mut quiet = crate::engine::trace::Trace::off();
    let mut sub = Ctx {
        task: cx.task,
        world: cx.world,
        trace: &mut quiet,
    };
    get_unmapped_area(&mut sub, None, start, new_end - start, 0, MAP_FIXED).is_ok()
}
