//! mm/msync.c: msync (v4.12 mm/msync.c:31-107). The model keeps no page
//! contents, so what msync writes back is nothing it can show; what it
//! answers is: the argument checks, EBUSY for MS_INVALIDATE on locked
//! memory, and ENOMEM for a range that is not all mapped (after the mapped
//! parts were synced).

use super::checks;
use super::ctx::Ctx;
use super::refusal::{Fact, KResult, Refusal, refuse};
use super::vma::*;
use crate::uapi::*;

const F: &str = "msync";

/// msync (mm/msync.c:31-107).
pub fn sys_msync(cx: &mut Ctx, start: u64, len: u64, flags: u64) -> KResult<u64> {
    // The int argument: the upper half of the register is not part of it.
    let flags = flags & 0xffff_ffff;
    // mm/msync.c:39
    if flags & !(MS_ASYNC | MS_INVALIDATE | MS_SYNC) != 0 {
        return Err(Refusal::new(&checks::MSYNC_BAD_FLAGS).with("flags", Fact::Hex(flags)));
    }
    // mm/msync.c:41
    if start & !PAGE_MASK != 0 {
        return Err(Refusal::new(&checks::MSYNC_UNALIGNED).with("addr", Fact::Hex(start)));
    }
    // mm/msync.c:43
    if flags & MS_ASYNC != 0 && flags & MS_SYNC != 0 {
        return refuse(&checks::MSYNC_ASYNC_AND_SYNC);
    }
    // mm/msync.c:46-48: the length is rounded up; a range that wraps is ENOMEM.
    let len = len.wrapping_add(!PAGE_MASK) & PAGE_MASK;
    let end = start.wrapping_add(len);
    if end < start {
        return Err(Refusal::new(&checks::MSYNC_WRAPS)
            .with("addr", Fact::Hex(start))
            .with("len", Fact::Hex(len)));
    }
    // mm/msync.c:50-51
    if end == start {
        cx.trace.step(F, "empty range: nothing to do");
        return Ok(0);
    }
    // mm/msync.c:56-101: the VMAs of the range in turn; a hole is skipped
    // and reported at the end.
    let mut start = start;
    let mut hole = None;
    let mut vma = cx.task.mm.find_vma(start);
    loop {
        let Some(v) = vma else {
            // mm/msync.c:65: ENOMEM now, whatever holes came before.
            return Err(Refusal::new(&checks::MSYNC_NO_VMA).with("addr", Fact::Hex(start)));
        };
        let mm = &cx.task.mm;
        let (vs, ve) = (mm.start(v), mm.end(v));
        if start < vs {
            // mm/msync.c:69-72
            let at = start;
            start = vs;
            if start >= end {
                return Err(hole.unwrap_or_else(|| unmapped(at, end)));
            }
            hole.get_or_insert_with(|| unmapped(at, vs));
            // 5.x and later: MS_ASYNC alone has nothing left to do that
            // could change the answer.
            if flags == MS_ASYNC && cx.world.profile().msync_async_stops_at_hole {
                cx.trace
                    .step(F, "a hole and MS_ASYNC alone: ENOMEM at once");
                return Err(hole.unwrap_or_else(|| unmapped(at, vs)));
            }
        }
        // mm/msync.c:75-79
        if flags & MS_INVALIDATE != 0 && mm.vma(v).flags & VM_LOCKED != 0 {
            return Err(Refusal::new(&checks::MSYNC_INVALIDATE_LOCKED).with("addr", Fact::Hex(vs)));
        }
        let shared_file = mm.vma(v).file.is_some() && mm.vma(v).flags & VM_SHARED != 0;
        if flags & MS_SYNC != 0 && shared_file {
            // mm/msync.c:89: vfs_fsync_range; every filesystem the model has
            // (ext4, tmpfs, hugetlbfs, shmem) syncs without error.
            cx.trace
                .value(F, "MS_SYNC: the shared file range is written back at", vs);
        }
        start = ve;
        if start >= end {
            return match hole {
                Some(h) => Err(h),
                None => Ok(0),
            };
        }
        vma = cx.task.mm.find_vma(start);
    }
}

fn unmapped(from: u64, to: u64) -> Refusal {
    Refusal::new(&checks::MSYNC_HOLE)
        .with("from", Fact::Hex(from))
        .with("to", Fact::Hex(to))
}
