//! mm/mseal.c: mseal (6.10+; 6.12 mm/mseal.c do_mseal, 6.18 the same
//! checks): a sealed VMA can no longer be unmapped, moved, resized or have
//! its protection changed. Those refusals sit where each operation asks
//! can_modify_vma: munmap's gather (mmap/munmap.rs), mprotect_fixup, and
//! mremap's source lookup. Before 6.10 there is no such system call.

use super::checks;
use super::ctx::Ctx;
use super::mmap::vma_modify_flags;
use super::refusal::{Check, Fact, KResult, Refusal, refuse};
use super::vma::*;
use super::vma_tree::NodeId;

const F: &str = "mseal";

/// mseal (6.12 mm/mseal.c do_mseal).
pub fn sys_mseal(cx: &mut Ctx, start: u64, len_in: u64, flags: u64) -> KResult<u64> {
    if !cx.world.profile().mseal {
        // sys_ni_syscall: the call table has no mseal before 6.10.
        return refuse(&checks::MSEAL_NO_SUCH_CALL);
    }
    // can_do_mseal: no flags are defined.
    if flags != 0 {
        return Err(Refusal::new(&checks::MSEAL_FLAGS).with("flags", Fact::Hex(flags)));
    }
    if start & !PAGE_MASK != 0 {
        return Err(Refusal::new(&checks::MSEAL_UNALIGNED).with("addr", Fact::Hex(start)));
    }
    let len = page_align(len_in);
    // A small negative length rounds up to 0.
    if len_in != 0 && len == 0 {
        return Err(Refusal::new(&checks::MSEAL_LEN_WRAPS).with("len", Fact::Hex(len_in)));
    }
    let end = start.wrapping_add(len);
    if end < start {
        return Err(Refusal::new(&checks::MSEAL_LEN_WRAPS).with("len", Fact::Hex(len_in)));
    }
    if end == start {
        cx.trace.step(F, "empty range: nothing to seal");
        return Ok(0);
    }
    // check_mm_seal: every page of the range mapped, before anything changes.
    check_mm_seal(cx, start, end)?;
    apply_mm_seal(cx, start, end)?;
    cx.trace.step(F, "the range is sealed");
    Ok(0)
}

/// check_mm_seal: ENOMEM for any unmapped page in [start, end).
fn check_mm_seal(cx: &Ctx, start: u64, end: u64) -> KResult<()> {
    let mm = &cx.task.mm;
    let mut nstart = start;
    let mut cur = mm.find_vma(start);
    while let Some(v) = cur.filter(|&v| mm.start(v) < end) {
        if mm.start(v) > nstart {
            return Err(unmapped(nstart, mm.start(v)));
        }
        if mm.end(v) >= end {
            return Ok(());
        }
        nstart = mm.end(v);
        cur = mm.vmas().next(v);
    }
    Err(unmapped(nstart, end))
}

fn unmapped(from: u64, to: u64) -> Refusal {
    Refusal::new(&checks::MSEAL_UNMAPPED)
        .with("from", Fact::Hex(from))
        .with("to", Fact::Hex(to))
}

/// apply_mm_seal and mseal_fixup: VM_SEALED on each VMA of the range, split
/// or merged as vma_modify_flags does.
fn apply_mm_seal(cx: &mut Ctx, start: u64, end: u64) -> KResult<()> {
    let mm = &cx.task.mm;
    let Some(first) = mm.find_vma(start) else {
        return Ok(());
    };
    let mut prev = if start > mm.start(first) {
        Some(first)
    } else {
        mm.vmas().prev(first)
    };
    let mut vma = Some(first);
    let mut nstart = start;
    while let Some(v) = vma.filter(|&v| cx.task.mm.start(v) < end) {
        let tmp = cx.task.mm.end(v).min(end);
        let done = mseal_fixup(cx, v, prev, nstart, tmp)?;
        prev = Some(done);
        nstart = cx.task.mm.end(done);
        vma = cx.task.mm.vmas().next(done);
    }
    Ok(())
}

fn mseal_fixup(
    cx: &mut Ctx,
    vma: NodeId,
    prev: Option<NodeId>,
    start: u64,
    end: u64,
) -> KResult<NodeId> {
    let v = *cx.task.mm.vma(vma);
    let newflags = v.flags | VM_SEALED;
    if newflags == v.flags {
        return Ok(vma);
    }
    let target = vma_modify_flags(cx, prev, vma, start, end, newflags)?;
    cx.task.mm.vma_mut(target).flags |= VM_SEALED;
    Ok(target)
}

/// can_modify_vma: a sealed VMA refuses the operation with EPERM.
pub fn can_modify_vma(cx: &Ctx, vma: NodeId) -> bool {
    cx.task.mm.vma(vma).flags & VM_SEALED == 0
}

/// The refusal for an operation on a sealed VMA.
pub fn sealed(cx: &Ctx, vma: NodeId, check: &'static Check) -> Refusal {
    Refusal::new(check).with("addr", Fact::Hex(cx.task.mm.start(vma)))
}
