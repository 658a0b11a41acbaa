//! mm/madvise.c: the madvise system call (v4.12 mm/madvise.c:757-851,
//! 6.1/6.12 do_madvise and madvise_walk_vmas). The model keeps no page
//! contents, so what it answers is: the argument checks, which advice each
//! kind of VMA takes (and the errno of the one that does not), the holes
//! (ENOMEM at the end, after the mapped parts were advised), and what
//! advice changes in the VMAs themselves: the flags that split and merge
//! areas (VM_DONTCOPY, VM_DONTDUMP, VM_WIPEONFORK, VM_HUGEPAGE,
//! VM_NOHUGEPAGE, VM_MERGEABLE, VM_SEQ_READ, VM_RAND_READ), the pages
//! MADV_POPULATE_* faults in and MADV_REMOVE punches out of a shared
//! object.

use super::checks;
use super::ctx::Ctx;
use super::mmap::{anon_vma_prepare, vma_modify_flags};
use super::refusal::{Check, Fact, KResult, Refusal, refuse};
use super::util::{FaultFail, faultin_vma_range};
use super::vma::*;
use super::vma_tree::NodeId;
use crate::uapi::*;

const F: &str = "madvise";

/// madvise_behavior_valid (mm/madvise.c:667-699): the advice this kernel,
/// built as the profile's machine is, knows.
fn madvise_behavior_valid(cx: &Ctx, behavior: u64) -> bool {
    let p = cx.world.profile();
    match behavior {
        MADV_DOFORK | MADV_DONTFORK | MADV_NORMAL | MADV_SEQUENTIAL | MADV_RANDOM | MADV_REMOVE
        | MADV_WILLNEED | MADV_DONTNEED | MADV_FREE | MADV_DONTDUMP | MADV_DODUMP => true,
        // CONFIG_KSM
        MADV_MERGEABLE | MADV_UNMERGEABLE => p.ksm,
        // CONFIG_TRANSPARENT_HUGEPAGE (on in every modelled build)
        MADV_HUGEPAGE | MADV_NOHUGEPAGE => true,
        MADV_COLLAPSE => p.madvise_5x_advice,
        MADV_WIPEONFORK | MADV_KEEPONFORK | MADV_COLD | MADV_PAGEOUT | MADV_POPULATE_READ
        | MADV_POPULATE_WRITE | MADV_DONTNEED_LOCKED => p.madvise_5x_advice,
        // CONFIG_MEMORY_FAILURE
        MADV_SOFT_OFFLINE | MADV_HWPOISON => p.memory_failure,
        MADV_GUARD_INSTALL | MADV_GUARD_REMOVE => p.madvise_guard,
        _ => false,
    }
}

/// madvise (mm/madvise.c:757-851; 6.x do_madvise).
pub fn sys_madvise(cx: &mut Ctx, start: u64, len_in: u64, behavior: u64) -> KResult<u64> {
    // The int argument: the upper half of the register is not part of it.
    let behavior = behavior & 0xffff_ffff;
    // mm/madvise.c:767
    if !madvise_behavior_valid(cx, behavior) {
        return Err(Refusal::new(&checks::MADVISE_BAD_ADVICE).with("advice", Fact::Hex(behavior)));
    }
    // mm/madvise.c:770
    if start & !PAGE_MASK != 0 {
        return Err(Refusal::new(&checks::MADVISE_UNALIGNED).with("addr", Fact::Hex(start)));
    }
    // mm/madvise.c:771-776: a small negative length rounds up to 0.
    let len = page_align(len_in);
    if len_in != 0 && len == 0 {
        return Err(Refusal::new(&checks::MADVISE_LEN_OVERFLOW).with("len", Fact::Hex(len_in)));
    }
    // mm/madvise.c:778-780
    let end = start.wrapping_add(len);
    if end < start {
        return Err(Refusal::new(&checks::MADVISE_RANGE_WRAPS)
            .with("addr", Fact::Hex(start))
            .with("len", Fact::Hex(len)));
    }
    // mm/madvise.c:782-784
    if end == start {
        cx.trace.step(F, "empty range: nothing to do");
        return Ok(0);
    }
    // mm/madvise.c:786-789
    if behavior == MADV_HWPOISON || behavior == MADV_SOFT_OFFLINE {
        return madvise_inject_error(cx);
    }
    // 6.9+ do_madvise: MADV_POPULATE_* is not a walk of its own.
    if (behavior == MADV_POPULATE_READ || behavior == MADV_POPULATE_WRITE)
        && cx.world.profile().madvise_populate_unwalked
    {
        return madvise_populate_range(cx, start, end, behavior == MADV_POPULATE_WRITE);
    }
    madvise_walk_vmas(cx, start, end, behavior)
}

/// madvise_inject_error (mm/madvise.c:608-646): CAP_SYS_ADMIN, then each
/// page is poisoned (or soft-offlined) for real, which the model does not do.
fn madvise_inject_error(cx: &mut Ctx) -> KResult<u64> {
    // mm/madvise.c:613
    if !cx.task.capable(CAP_SYS_ADMIN) {
        return refuse(&checks::MADVISE_INJECT_NOT_ADMIN);
    }
    Err(Refusal::new(&checks::NOT_MODELLED).with(
        "call",
        Fact::Text("madvise(MADV_HWPOISON or MADV_SOFT_OFFLINE)"),
    ))
}

/// The walk over [start, end) (mm/madvise.c:800-842; 6.x madvise_walk_vmas):
/// holes are skipped and answered ENOMEM at the end; the first VMA that
/// refuses stops the walk, the ones before it advised.
fn madvise_walk_vmas(cx: &mut Ctx, start: u64, end: u64, behavior: u64) -> KResult<u64> {
    let mm = &cx.task.mm;
    // mm/madvise.c:800-802: find_vma_prev.
    let mut vma = mm.find_vma(start);
    let mut prev = match vma {
        Some(v) if start > mm.start(v) => Some(v),
        Some(v) => mm.vmas().prev(v),
        None => None,
    };
    let mut start = start;
    let mut unmapped: Option<Refusal> = None;
    loop {
        // mm/madvise.c:812
        let Some(v) = vma else {
            return Err(Refusal::new(&checks::MADVISE_NO_VMA).with("addr", Fact::Hex(start)));
        };
        let (vs, ve) = (cx.task.mm.start(v), cx.task.mm.end(v));
        // mm/madvise.c:816-821
        if start < vs {
            unmapped.get_or_insert_with(|| {
                Refusal::new(&checks::MADVISE_HOLE)
                    .with("from", Fact::Hex(start))
                    .with("to", Fact::Hex(vs.min(end)))
            });
            start = vs;
            if start >= end {
                break;
            }
        }
        let tmp = ve.min(end);
        // mm/madvise.c:828
        let done = madvise_vma_behavior(cx, v, &mut prev, start, tmp, behavior)?;
        start = tmp;
        if let Some(d) = done {
            start = start.max(cx.task.mm.end(d));
        }
        if start >= end {
            break;
        }
        vma = cx.task.mm.find_vma(start);
    }
    match unmapped {
        Some(r) => Err(r),
        None => Ok(0),
    }
}

/// madvise_vma (mm/madvise.c:650-665; 6.x madvise_vma_behavior): one VMA's
/// part [start, end) of the range. The VMA now covering the part when the
/// walk may go on from its end.
fn madvise_vma_behavior(
    cx: &mut Ctx,
    vma: NodeId,
    prev: &mut Option<NodeId>,
    start: u64,
    end: u64,
    behavior: u64,
) -> KResult<Option<NodeId>> {
    // 6.10+ (6.12 mm/mseal.c can_modify_vma_madv): a sealed read-only
    // anonymous VMA refuses the advice that discards its contents.
    if cx.world.profile().mseal && !can_modify_vma_madv(cx, vma, behavior) {
        return Err(Refusal::new(&checks::MADVISE_SEALED).with("addr", Fact::Hex(start)));
    }
    let flags = cx.task.mm.vma(vma).flags;
    let mut new_flags = flags;
    // The advice that leaves the VMA as it is makes it the walk's prev.
    if !matches!(behavior, MADV_REMOVE) && !changes_flags(behavior) {
        *prev = Some(vma);
    }
    match behavior {
        MADV_REMOVE => {
            *prev = None;
            return madvise_remove(cx, vma, start, end).map(|()| None);
        }
        MADV_WILLNEED | MADV_COLD | MADV_PAGEOUT => {
            // CONFIG_SWAP: every kind of VMA takes WILLNEED (readahead, or
            // swap-in); COLD and PAGEOUT refuse what cannot go to the LRU.
            if behavior != MADV_WILLNEED && flags & (VM_LOCKED | VM_PFNMAP | VM_HUGETLB) != 0 {
                let check = if behavior == MADV_COLD {
                    &checks::MADVISE_COLD_VMA
                } else {
                    &checks::MADVISE_PAGEOUT_VMA
                };
                return Err(Refusal::new(check).with("addr", Fact::Hex(start)).with(
                    "what",
                    Fact::Text(what_it_is(flags, VM_LOCKED | VM_PFNMAP | VM_HUGETLB)),
                ));
            }
            return Ok(Some(vma));
        }
        MADV_FREE | MADV_DONTNEED | MADV_DONTNEED_LOCKED => {
            return madvise_dontneed_free(cx, vma, start, end, behavior).map(|()| Some(vma));
        }
        MADV_POPULATE_READ | MADV_POPULATE_WRITE => {
            // 6.1: a visit of the walk.
            return madvise_populate_vma(cx, vma, start, end, behavior == MADV_POPULATE_WRITE)
                .map(|()| Some(vma));
        }
        MADV_GUARD_INSTALL | MADV_GUARD_REMOVE => {
            return madvise_guard(cx, vma, start, end, behavior == MADV_GUARD_INSTALL)
                .map(|()| Some(vma));
        }
        MADV_COLLAPSE => {
            return Err(Refusal::new(&checks::NOT_MODELLED).with(
                "call",
                Fact::Text("madvise(MADV_COLLAPSE) (it depends on the pages present)"),
            ));
        }
        MADV_NORMAL => new_flags &= !(VM_RAND_READ | VM_SEQ_READ),
        MADV_SEQUENTIAL => new_flags = (new_flags & !VM_RAND_READ) | VM_SEQ_READ,
        MADV_RANDOM => new_flags = (new_flags & !VM_SEQ_READ) | VM_RAND_READ,
        MADV_DONTFORK => new_flags |= VM_DONTCOPY,
        MADV_DOFORK => {
            // mm/madvise.c:77
            if flags & VM_IO != 0 {
                return Err(Refusal::new(&checks::MADVISE_DOFORK_IO).with("addr", Fact::Hex(start)));
            }
            new_flags &= !VM_DONTCOPY;
        }
        MADV_WIPEONFORK => {
            // 4.14+: anonymous private memory only.
            if cx.task.mm.vma(vma).file.is_some() || flags & VM_SHARED != 0 {
                return Err(Refusal::new(&checks::MADVISE_WIPEONFORK_NOT_ANON)
                    .with("addr", Fact::Hex(start)));
            }
            new_flags |= VM_WIPEONFORK;
        }
        MADV_KEEPONFORK => {
            if flags & VM_DROPPABLE != 0 {
                return Err(Refusal::new(&checks::MADVISE_KEEPONFORK_DROPPABLE)
                    .with("addr", Fact::Hex(start)));
            }
            new_flags &= !VM_WIPEONFORK;
        }
        MADV_DONTDUMP => new_flags |= VM_DONTDUMP,
        MADV_DODUMP => {
            // mm/madvise.c:87; 6.x lets hugetlb VMAs (VM_DONTEXPAND) through
            // and refuses VM_DROPPABLE ones.
            let hugetlb_ok = cx.world.profile().madvise_5x_advice && flags & VM_HUGETLB != 0;
            if (!hugetlb_ok && new_flags & VM_SPECIAL != 0) || flags & VM_DROPPABLE != 0 {
                return Err(
                    Refusal::new(&checks::MADVISE_DODUMP_SPECIAL).with("addr", Fact::Hex(start))
                );
            }
            new_flags &= !VM_DONTDUMP;
        }
        MADV_MERGEABLE | MADV_UNMERGEABLE => ksm_madvise(flags, behavior, &mut new_flags),
        MADV_HUGEPAGE => new_flags = (new_flags & !VM_NOHUGEPAGE) | VM_HUGEPAGE,
        MADV_NOHUGEPAGE => new_flags = (new_flags & !VM_HUGEPAGE) | VM_NOHUGEPAGE,
        _ => {}
    }
    madvise_update_vma(cx, vma, prev, start, end, new_flags).map(Some)
}

/// What about a VMA's flags made the advice's test refuse it, for the
/// explanation: the first of `refused` it has.
fn what_it_is(flags: u64, refused: u64) -> &'static str {
    [
        (VM_LOCKED, "locked (VM_LOCKED)"),
        (VM_HUGETLB, "hugetlb"),
        (VM_PFNMAP, "a VM_PFNMAP mapping"),
        (VM_IO, "a VM_IO mapping"),
        (VM_MIXEDMAP, "a VM_MIXEDMAP mapping"),
        (VM_DONTEXPAND, "a special mapping (VM_DONTEXPAND)"),
    ]
    .into_iter()
    .find(|&(bit, _)| flags & refused & bit != 0)
    .map_or("not a mapping this advice takes", |(_, words)| words)
}

/// The advice madvise_update_vma applies (4.12 madvise_behavior).
fn changes_flags(behavior: u64) -> bool {
    matches!(
        behavior,
        MADV_NORMAL
            | MADV_SEQUENTIAL
            | MADV_RANDOM
            | MADV_DONTFORK
            | MADV_DOFORK
            | MADV_WIPEONFORK
            | MADV_KEEPONFORK
            | MADV_DONTDUMP
            | MADV_DODUMP
            | MADV_MERGEABLE
            | MADV_UNMERGEABLE
            | MADV_HUGEPAGE
            | MADV_NOHUGEPAGE
    )
}

/// ksm_madvise (mm/ksm.c): MADV_MERGEABLE marks what KSM may scan (and
/// ignores shared, special and hugetlb memory); MADV_UNMERGEABLE clears it.
fn ksm_madvise(flags: u64, behavior: u64, new_flags: &mut u64) {
    if behavior == MADV_MERGEABLE {
        let incompatible = VM_SHARED
            | VM_MAYSHARE
            | VM_PFNMAP
            | VM_IO
            | VM_DONTEXPAND
            | VM_HUGETLB
            | VM_MIXEDMAP
            | VM_DROPPABLE;
        if flags & VM_MERGEABLE == 0 && flags & incompatible == 0 {
            *new_flags |= VM_MERGEABLE;
        }
    } else {
        *new_flags &= !VM_MERGEABLE;
    }
}

/// madvise_behavior's tail (mm/madvise.c:121-175; 6.x madvise_update_vma):
/// the flags change on exactly [start, end), merging with a neighbour or
/// splitting. 4.12 checks the map count itself (ENOMEM); 6.x's split_vma
/// does, and madvise turns its ENOMEM into EAGAIN.
fn madvise_update_vma(
    cx: &mut Ctx,
    vma: NodeId,
    prev: &mut Option<NodeId>,
    start: u64,
    end: u64,
    new_flags: u64,
) -> KResult<NodeId> {
    if new_flags == cx.task.mm.vma(vma).flags {
        *prev = Some(vma);
        return Ok(vma);
    }
    // Which split would fail, for the citation: the one at start first.
    let first_split_fails =
        start != cx.task.mm.start(vma) && cx.task.mm.map_count() >= cx.world.sys.max_map_count;
    let target = vma_modify_flags(cx, *prev, vma, start, end, new_flags).map_err(|r| {
        let at = if first_split_fails { start } else { end };
        map_count(cx, r, at, first_split_fails)
    })?;
    *prev = Some(target);
    Ok(target)
}

/// A split refused at vm.max_map_count, as madvise reports it: 4.12's own
/// test (ENOMEM), 6.x's split_vma answer turned into EAGAIN.
fn map_count(cx: &Ctx, r: Refusal, at: u64, first: bool) -> Refusal {
    if r.check.id != checks::SPLIT_MAP_COUNT.id {
        return r;
    }
    let check: &'static Check = if cx.world.profile().madvise_5x_advice {
        &checks::MADVISE_SPLIT_EAGAIN
    } else if first {
        &checks::MADVISE_MAP_COUNT_START
    } else {
        &checks::MADVISE_MAP_COUNT_END
    };
    Refusal::new(check)
        .with("addr", Fact::Hex(at))
        .with("max", Fact::Dec(cx.world.sys.max_map_count))
}

/// can_modify_vma_madv (6.12 mm/mseal.c; 6.18 can_madvise_modify in
/// mm/madvise.c): a sealed VMA refuses the advice that discards contents
/// when it is anonymous and not writable.
fn can_modify_vma_madv(cx: &Ctx, vma: NodeId, behavior: u64) -> bool {
    let discard = matches!(
        behavior,
        MADV_FREE
            | MADV_DONTNEED
            | MADV_DONTNEED_LOCKED
            | MADV_REMOVE
            | MADV_DONTFORK
            | MADV_WIPEONFORK
            | MADV_GUARD_INSTALL
    );
    if !discard || super::mseal::can_modify_vma(cx, vma) {
        return true;
    }
    let v = cx.task.mm.vma(vma);
    let anon = if cx.world.profile().madvise_seal_by_ops {
        v.ops == VmOps::None
    } else {
        v.file.is_none() && v.flags & VM_SHARED == 0
    };
    !(anon && v.flags & VM_WRITE == 0)
}

/// MADV_DONTNEED, MADV_DONTNEED_LOCKED and MADV_FREE on one VMA (4.12
/// madvise_dontneed :507-553 and madvise_free_single_vma :447-478; 6.x
/// madvise_dontneed_free).
fn madvise_dontneed_free(
    cx: &mut Ctx,
    vma: NodeId,
    start: u64,
    end: u64,
    behavior: u64,
) -> KResult<()> {
    let flags = cx.task.mm.vma(vma).flags;
    let hugetlb = flags & VM_HUGETLB != 0;
    let modern = cx.world.profile().madvise_5x_advice;
    let refused = |check: &'static Check, what: &'static str| {
        Err(Refusal::new(check)
            .with("addr", Fact::Hex(start))
            .with("what", Fact::Text(what)))
    };
    if !modern {
        // 4.12: can_madv_dontneed_vma (mm/internal.h:46) for DONTNEED;
        // madvise_free_single_vma's own test for FREE (the same flags).
        if flags & (VM_LOCKED | VM_HUGETLB | VM_PFNMAP) != 0 {
            let what = what_it_is(flags, VM_LOCKED | VM_HUGETLB | VM_PFNMAP);
            return refused(
                if behavior == MADV_FREE {
                    &checks::MADVISE_FREE_VMA
                } else {
                    &checks::MADVISE_DONTNEED_VMA
                },
                what,
            );
        }
    } else if !hugetlb {
        // madvise_dontneed_free_valid_vma
        let mut forbidden = VM_PFNMAP;
        if behavior != MADV_DONTNEED_LOCKED {
            forbidden |= VM_LOCKED;
        }
        if flags & forbidden != 0 {
            return refused(&checks::MADVISE_DONTNEED_VMA, what_it_is(flags, forbidden));
        }
    } else {
        // A hugetlb VMA takes DONTNEED from a huge-page boundary, the
        // length rounded down to whole huge pages.
        let huge = cx
            .task
            .mm
            .vma(vma)
            .file
            .and_then(|f| cx.huge_size(f))
            .unwrap_or(2 << 20);
        if behavior == MADV_FREE {
            return refused(
                &checks::MADVISE_DONTNEED_VMA,
                "hugetlb, which takes no MADV_FREE",
            );
        }
        if start & (huge - 1) != 0 {
            return refused(
                &checks::MADVISE_DONTNEED_VMA,
                "hugetlb, and the range does not start on a huge-page boundary",
            );
        }
        if start == end & !(huge - 1) {
            return Ok(());
        }
    }
    // MADV_FREE works on anonymous memory only (4.12 mm/madvise.c:458).
    if behavior == MADV_FREE && cx.task.mm.vma(vma).ops != VmOps::None {
        return refused(&checks::MADVISE_FREE_NOT_ANON, "");
    }
    // MADV_FREE leaves the pages mapped until reclaim wants them.
    if behavior != MADV_FREE {
        let end = match cx.task.mm.vma(vma).file.and_then(|f| cx.huge_size(f)) {
            Some(huge) => end & !(huge - 1),
            None => end,
        };
        super::memory::zap_page_range(&mut cx.task.mm, start, end);
    }
    cx.trace.value(F, "the pages are zapped from", start);
    Ok(())
}

/// madvise_remove (mm/madvise.c:560-602): punch a hole in the file behind a
/// shared writable mapping (vfs_fallocate with FALLOC_FL_PUNCH_HOLE).
fn madvise_remove(cx: &mut Ctx, vma: NodeId, start: u64, end: u64) -> KResult<()> {
    let v = *cx.task.mm.vma(vma);
    // mm/madvise.c:570
    if v.flags & VM_LOCKED != 0 {
        return Err(Refusal::new(&checks::MADVISE_REMOVE_LOCKED).with("addr", Fact::Hex(start)));
    }
    // mm/madvise.c:575
    let Some(f) = v.file else {
        return Err(Refusal::new(&checks::MADVISE_REMOVE_NO_FILE).with("addr", Fact::Hex(start)));
    };
    // mm/madvise.c:579: 4.12 wants VM_SHARED|VM_WRITE; 6.x
    // vma_is_shared_maywrite wants VM_SHARED|VM_MAYWRITE.
    let write = if cx.world.profile().madvise_remove_maywrite {
        VM_MAYWRITE
    } else {
        VM_WRITE
    };
    if v.flags & (VM_SHARED | write) != VM_SHARED | write {
        return Err(Refusal::new(&checks::MADVISE_REMOVE_NOT_SHARED_WRITABLE)
            .with("addr", Fact::Hex(start)));
    }
    // The hole, in the file's pages.
    let offset = ((start - cx.task.mm.start(vma)) >> PAGE_SHIFT) + v.pgoff;
    let pages = (end - start) >> PAGE_SHIFT;
    let inode = cx.world.vfs.file(f).inode;
    // vfs_fallocate → shmem_fallocate / hugetlbfs_punch_hole: not in a
    // file sealed against writes.
    if super::memfd::memfd_file_seals(cx, f).is_some() {
        super::memfd::check_punch_seals(cx, inode, cx.huge_size(f).is_some())?;
    }
    let huge = cx.huge_size(f);
    let i = cx.world.vfs.inode_mut(inode);
    if let Some(huge) = huge {
        // hugetlbfs_punch_hole: whole huge pages inside the hole, their
        // pages and reservations back to the pool (the model's pool is the
        // 2 MiB one).
        let per = huge >> PAGE_SHIFT;
        let (first, last) = (offset.div_ceil(per), (offset + pages) / per);
        if first < last {
            let mut held = i.alloced.clone();
            held.extend(&i.resv);
            let back = held.remove_range(first, last);
            i.alloced.remove_range(first, last);
            i.resv.remove_range(first, last);
            if huge == 2 << 20 {
                cx.world.huge_free += back;
            }
            // hugetlb_vmdelete_list: out of every mapping, private ones too.
            super::memory::unmap_mapping_range(cx, inode, first * per, last * per, true);
        }
    } else {
        // shmem_fallocate → shmem_truncate_range: the pages and their
        // charge go; other filesystems free blocks the model does not count.
        let freed = i.alloced.remove_range(offset, offset + pages);
        if i.acct_by_page && freed != 0 {
            super::util::vm_unacct_memory(cx, freed);
        }
        // shmem_fallocate: the file's pages leave every mapping; private
        // copies stay.
        super::memory::unmap_mapping_range(cx, inode, offset, offset + pages, false);
    }
    cx.trace
        .value(F, "a hole is punched in the file from", start);
    Ok(())
}

/// madvise_guard_install and madvise_guard_remove (6.13+ mm/madvise.c):
/// guard markers in the page tables of [start, end), where a fault is
/// SIGSEGV. is_valid_guard_vma refuses special and hugetlb VMAs, and locked
/// ones for an install. 6.18.37+ marks the whole VMA VM_MAYBE_GUARD (no
/// split); an anonymous VMA gets its anon_vma.
fn madvise_guard(cx: &mut Ctx, vma: NodeId, start: u64, end: u64, install: bool) -> KResult<()> {
    let flags = cx.task.mm.vma(vma).flags;
    let mut disallowed = VM_SPECIAL | VM_HUGETLB;
    if install {
        disallowed |= VM_LOCKED;
    }
    if flags & disallowed != 0 {
        return Err(Refusal::new(if install {
            &checks::MADVISE_GUARD_INSTALL_VMA
        } else {
            &checks::MADVISE_GUARD_REMOVE_VMA
        })
        .with("addr", Fact::Hex(start))
        .with("what", Fact::Text(what_it_is(flags, disallowed))));
    }
    let (first, last) = (start >> PAGE_SHIFT, end >> PAGE_SHIFT);
    if !install {
        cx.task.mm.guards.remove_range(first, last);
        cx.trace.value(F, "guard markers removed from", start);
        return Ok(());
    }
    if cx.world.profile().vma_maybe_guard {
        cx.task.mm.vma_mut(vma).flags |= VM_MAYBE_GUARD;
    }
    if cx.task.mm.vma(vma).ops == VmOps::None {
        anon_vma_prepare(cx, vma);
    }
    // The pages mapped there are zapped for the markers.
    super::memory::zap_page_range(&mut cx.task.mm, start, end);
    cx.task.mm.guards.insert(first, last);
    cx.trace.value(F, "guard markers installed from", start);
    Ok(())
}

/// check_vma_flags (mm/gup.c) as madvise_populate asks it: EINVAL for
/// memory get_user_pages cannot fault in with the access asked for.
fn populate_vma_ok(cx: &Ctx, vma: NodeId, start: u64, write: bool) -> KResult<()> {
    let flags = cx.task.mm.vma(vma).flags;
    let bad = flags & (VM_IO | VM_PFNMAP) != 0
        || (write && flags & VM_WRITE == 0)
        || (!write && flags & VM_READ == 0);
    if bad {
        return Err(Refusal::new(&checks::MADVISE_POPULATE_VMA)
            .with("addr", Fact::Hex(start))
            .with("access", Fact::Text(if write { "written" } else { "read" })));
    }
    Ok(())
}

fn fault_failed(at: u64, why: FaultFail) -> Refusal {
    Refusal::new(&checks::MADVISE_POPULATE_FAULT)
        .with("addr", Fact::Hex(at))
        .with("why", Fact::Text(why.explain()))
}

/// 6.1 madvise_populate: one VMA of the walk.
fn madvise_populate_vma(
    cx: &mut Ctx,
    vma: NodeId,
    start: u64,
    end: u64,
    write: bool,
) -> KResult<()> {
    populate_vma_ok(cx, vma, start, write)?;
    faultin_vma_range(cx, vma, start, end, write).map_err(|(at, why)| fault_failed(at, why))?;
    cx.trace.value(F, "the pages are faulted in from", start);
    Ok(())
}

/// 6.12 madvise_populate → faultin_page_range: one pass over [start, end)
/// that stops at the first hole (ENOMEM), the first VMA check_vma_flags
/// refuses (EINVAL) or the first fault that fails (EFAULT).
fn madvise_populate_range(cx: &mut Ctx, start: u64, end: u64, write: bool) -> KResult<u64> {
    let mut at = start;
    while at < end {
        // __get_user_pages with FOLL_MADV_POPULATE: vma_lookup.
        let vma = cx
            .task
            .mm
            .find_vma(at)
            .filter(|&v| cx.task.mm.start(v) <= at);
        let Some(vma) = vma else {
            return Err(Refusal::new(&checks::MADVISE_POPULATE_NO_VMA).with("addr", Fact::Hex(at)));
        };
        let e = cx.task.mm.end(vma).min(end);
        madvise_populate_vma(cx, vma, at, e, write)?;
        at = e;
    }
    Ok(0)
}
