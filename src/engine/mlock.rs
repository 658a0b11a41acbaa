//! mm/mlock.c: mlock, mlock2, munlock, mlockall, munlockall (v4.12).

use super::checks;
use super::ctx::Ctx;
use super::mmap::{can_do_mlock, vma_modify_flags};
use super::refusal::{Fact, KResult, Refusal, refuse};
use super::util::mm_populate;
use super::vma::*;
use super::vma_tree::NodeId;
use crate::uapi::*;

/// MLOCK_ONFAULT for mlock2.
pub const MLOCK_ONFAULT: u64 = 1;

/// mlock(start, len) = do_mlock(start, len, VM_LOCKED) (mm/mlock.c:712-715).
pub fn sys_mlock(cx: &mut Ctx, start: u64, len: u64) -> KResult<u64> {
    do_mlock(cx, start, len, VM_LOCKED)
}

/// mlock2 (mm/mlock.c:717-728).
pub fn sys_mlock2(cx: &mut Ctx, start: u64, len: u64, flags: u64) -> KResult<u64> {
    if flags & !MLOCK_ONFAULT != 0 {
        return Err(Refusal::new(&checks::MLOCK2_BAD_FLAGS).with("flags", Fact::Hex(flags)));
    }
    let mut vm_flags = VM_LOCKED;
    if flags & MLOCK_ONFAULT != 0 {
        vm_flags |= VM_LOCKONFAULT;
    }
    do_mlock(cx, start, len, vm_flags)
}

/// count_mm_mlocked_page_nr (mm/mlock.c:633-663): locked pages already inside the range.
fn count_mm_mlocked_page_nr(cx: &Ctx, start: u64, len: u64) -> u64 {
    let mm = &cx.task.mm;
    let end = start.wrapping_add(len);
    let mut count: i128 = 0;
    let mut cur = mm.find_vma(start).or_else(|| mm.vmas().first());
    while let Some(v) = cur {
        let (s, e) = (mm.start(v), mm.end(v));
        cur = mm.vmas().next(v);
        if start >= e {
            continue;
        }
        if end <= s {
            break;
        }
        if mm.vma(v).flags & VM_LOCKED != 0 {
            if start > s {
                count -= (start - s) as i128;
            }
            if end < e {
                count += (end - s) as i128;
                break;
            }
            count += (e - s) as i128;
        }
    }
    (count.max(0) as u64) >> PAGE_SHIFT
}

/// do_mlock (mm/mlock.c:665-710).
fn do_mlock(cx: &mut Ctx, start: u64, len: u64, flags: u64) -> KResult<u64> {
    // mm/mlock.c:671
    if !can_do_mlock(cx) {
        return refuse(&checks::MLOCK_EPERM);
    }
    let len = page_align(len.wrapping_add(start & !PAGE_MASK));
    let start = start & PAGE_MASK;
    let limit = cx.task.rlimit(RLIMIT_MEMLOCK) >> PAGE_SHIFT;
    let mut locked = (len >> PAGE_SHIFT).wrapping_add(cx.task.mm.counters.locked_vm);
    let cap = cx.task.capable(CAP_IPC_LOCK);
    if locked > limit && !cap {
        // Pages already locked inside the range are not counted twice.
        locked -= count_mm_mlocked_page_nr(cx, start, len);
    }
    // mm/mlock.c:699
    if locked > limit && !cap {
        return Err(Refusal::new(&checks::MLOCK_LIMIT)
            .with("pages", Fact::Dec(len >> PAGE_SHIFT))
            .with("limit", Fact::Dec(limit)));
    }
    apply_vma_lock_flags(cx, start, len, flags)?;
    // mm/mlock.c:706-708: a populate failure (EFAULT on PROT_NONE memory) is
    // reported as ENOMEM, and the range stays locked.
    if let Err((at, why)) = mm_populate(cx, start, len, false) {
        return Err(Refusal::new(&checks::MLOCK_POPULATE)
            .with("addr", Fact::Hex(at))
            .with("why", Fact::Text(why.explain())));
    }
    Ok(0)
}

/// munlock (mm/mlock.c:730-743).
pub fn sys_munlock(cx: &mut Ctx, start: u64, len: u64) -> KResult<u64> {
    let len = page_align(len.wrapping_add(start & !PAGE_MASK));
    let start = start & PAGE_MASK;
    apply_vma_lock_flags(cx, start, len, 0)?;
    Ok(0)
}

/// apply_vma_lock_flags (mm/mlock.c:577-624): walk the range, fixing each VMA.
fn apply_vma_lock_flags(cx: &mut Ctx, start: u64, len: u64, flags: u64) -> KResult<()> {
    let end = start.wrapping_add(len);
    if end < start {
        return refuse(&checks::MLOCK_WRAP);
    }
    if end == start {
        return Ok(());
    }
    let mm = &cx.task.mm;
    let mut vma = match mm.find_vma(start) {
        Some(v) if mm.start(v) <= start => v,
        _ => {
            return Err(Refusal::new(&checks::MLOCK_UNMAPPED_START).with("addr", Fact::Hex(start)));
        }
    };
    let mut prev = mm.vmas().prev(vma);
    if start > mm.start(vma) {
        prev = Some(vma);
    }
    let mut nstart = start;
    loop {
        let mm = &cx.task.mm;
        let newflags = (mm.vma(vma).flags & !VM_LOCKED_MASK) | flags;
        let tmp = mm.end(vma).min(end);
        let p = mlock_fixup(cx, vma, prev, nstart, tmp, newflags)?;
        prev = Some(p);
        let mm = &cx.task.mm;
        nstart = tmp.max(mm.end(p));
        if nstart >= end {
            return Ok(());
        }
        match mm.vmas().next(p) {
            Some(n) if mm.start(n) == nstart => vma = n,
            _ => return Err(Refusal::new(&checks::MLOCK_HOLE).with("addr", Fact::Hex(nstart))),
        }
    }
}

/// mlock_fixup (mm/mlock.c:514-575). Returns the new `prev`.
fn mlock_fixup(
    cx: &mut Ctx,
    vma: NodeId,
    prev: Option<NodeId>,
    start: u64,
    end: u64,
    newflags: u64,
) -> KResult<NodeId> {
    const F: &str = "mlock_fixup";
    let v = *cx.task.mm.vma(vma);
    // mm/mlock.c:524-527: special, hugetlb (and gate, DAX) VMAs are left alone
    // and not counted. 6.18's mlock_fixup (vma_supports_mlock) also leaves
    // VM_DROPPABLE memory unlocked; 4.12 never sets that flag.
    if newflags == v.flags || v.flags & (VM_SPECIAL | VM_HUGETLB | VM_DROPPABLE) != 0 {
        return Ok(vma);
    }
    let target = vma_modify_flags(cx, prev, vma, start, end, newflags)?;
    // mm/mlock.c:554-570: locked_vm follows the change.
    let nr = (end - start) >> PAGE_SHIFT;
    let lock = newflags & VM_LOCKED != 0;
    let mm = &mut cx.task.mm;
    if !lock {
        mm.counters.locked_vm -= nr;
        mm.vma_mut(target).flags &= !VM_LOCKED_MASK;
        cx.trace.value(F, "unlocked pages", nr);
    } else {
        if v.flags & VM_LOCKED == 0 {
            mm.counters.locked_vm += nr;
        }
        cx.trace.value(F, "locked pages", nr);
    }
    Ok(target)
}

/// mlockall (mm/mlock.c:791-820).
pub fn sys_mlockall(cx: &mut Ctx, flags: u64) -> KResult<u64> {
    // mm/mlock.c:796: 4.12 accepts MCL_ONFAULT alone (it then acts as
    // munlockall); refusing it came with a later kernel.
    let onfault_alone = flags == MCL_ONFAULT && cx.world.profile().mlockall_onfault_alone_einval;
    if flags == 0 || flags & !(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT) != 0 || onfault_alone {
        return Err(Refusal::new(&checks::MLOCKALL_BAD_FLAGS).with("flags", Fact::Hex(flags)));
    }
    if !can_do_mlock(cx) {
        return refuse(&checks::MLOCKALL_EPERM);
    }
    let limit = cx.task.rlimit(RLIMIT_MEMLOCK) >> PAGE_SHIFT;
    let total = cx.task.mm.counters.total_vm;
    if flags & MCL_CURRENT != 0 && total > limit && !cx.task.capable(CAP_IPC_LOCK) {
        return Err(Refusal::new(&checks::MLOCKALL_LIMIT)
            .with("pages", Fact::Dec(total))
            .with("limit", Fact::Dec(limit)));
    }
    apply_mlockall_flags(cx, flags);
    if flags & MCL_CURRENT != 0 {
        let top = cx.task.mm.task_size;
        let _ = mm_populate(cx, 0, top, true);
    }
    Ok(0)
}

/// munlockall (mm/mlock.c:822-831).
pub fn sys_munlockall(cx: &mut Ctx) -> KResult<u64> {
    apply_mlockall_flags(cx, 0);
    Ok(0)
}

/// apply_mlockall_flags (mm/mlock.c:755-789): def_flags, then every VMA (errors ignored).
fn apply_mlockall_flags(cx: &mut Ctx, flags: u64) {
    let mm = &mut cx.task.mm;
    mm.def_flags &= !VM_LOCKED_MASK;
    if flags & MCL_FUTURE != 0 {
        mm.def_flags |= VM_LOCKED;
        if flags & MCL_ONFAULT != 0 {
            mm.def_flags |= VM_LOCKONFAULT;
        }
        if flags & MCL_CURRENT == 0 {
            return;
        }
    }
    let mut to_add = 0;
    if flags & MCL_CURRENT != 0 {
        to_add |= VM_LOCKED;
        if flags & MCL_ONFAULT != 0 {
            to_add |= VM_LOCKONFAULT;
        }
    }
    let mut prev: Option<NodeId> = None;
    let mut cur = cx.task.mm.vmas().first();
    while let Some(v) = cur {
        let mm = &cx.task.mm;
        let newflags = (mm.vma(v).flags & !VM_LOCKED_MASK) | to_add;
        let (s, e) = (mm.start(v), mm.end(v));
        let p = mlock_fixup(cx, v, prev, s, e, newflags).unwrap_or(v);
        prev = Some(p);
        cur = cx.task.mm.vmas().next(p);
    }
}
