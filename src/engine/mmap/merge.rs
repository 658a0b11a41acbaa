//! vma_merge and the anon_vma rules (mm/mmap.c:973-1284, __vma_adjust :680-967).

use super::munmap::split_vma;
use super::region::vma_file_put;
use crate::engine::ctx::Ctx;
use crate::engine::fs::FileId;
use crate::engine::mm::Mm;
use crate::engine::refusal::KResult;
use crate::engine::vma::*;
use crate::engine::vma_tree::NodeId;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeResult {
    /// The range now belongs to this VMA.
    Merged(NodeId),
    NoMerge,
}

/// What the profile's merge tests let through (6.x passes such settings
/// in its vma_merge_struct).
#[derive(Clone, Copy, Debug)]
struct MergeRules {
    /// Profile::relaxed_anon_vma_merge.
    relaxed_anon: bool,
    /// The flags is_mergeable_vma ignores and the merged VMA keeps from
    /// any of its parts (6.18.37+ VM_STICKY: VM_MAYBE_GUARD; VM_SOFTDIRTY is
    /// not modelled).
    sticky: u64,
}

impl MergeRules {
    fn of(cx: &Ctx) -> MergeRules {
        let p = cx.world.profile();
        MergeRules {
            relaxed_anon: p.relaxed_anon_vma_merge,
            sticky: sticky_flags(cx),
        }
    }
}

/// The flags a merge keeps from any of its parts (6.18.37+ VM_STICKY).
pub fn sticky_flags(cx: &Ctx) -> u64 {
    if cx.world.profile().vma_maybe_guard {
        VM_MAYBE_GUARD
    } else {
        0
    }
}

/// is_mergeable_vma (mm/mmap.c:973-994): same flags but the sticky ones,
/// the same open file description, and no close method.
fn is_mergeable_vma(v: &Vma, file: Option<FileId>, flags: u64, rules: MergeRules) -> bool {
    (v.flags ^ flags) & !rules.sticky == 0 && v.file == file && !v.has_close()
}

/// is_mergeable_anon_vma (mm/mmap.c:996-1008). A VMA's anon_vma_chain is
/// singular exactly when it has an anon_vma (no fork in this model).
fn is_mergeable_anon_vma(
    a1: Option<AnonVmaId>,
    a2: Option<AnonVmaId>,
    vma: Option<&Vma>,
    rules: MergeRules,
) -> bool {
    // 6.18 (mm/vma.c is_mergeable_anon_vma): one side without an anon_vma is
    // fine unless the other inherited unCoWed parents through fork, which
    // never happens here. 4.12 also wants the existing VMA's chain singular.
    if (a1.is_none() || a2.is_none())
        && (rules.relaxed_anon || vma.is_none_or(|v| v.anon_vma.is_some()))
    {
        return true;
    }
    a1 == a2
}
/// can_vma_merge_after (mm/mmap.c:1042-1056): the range follows `prev`.
fn can_vma_merge_after(
    mm: &Mm,
    prev: NodeId,
    flags: u64,
    anon: Option<AnonVmaId>,
    file: Option<FileId>,
    pgoff: u64,
    rules: MergeRules,
) -> bool {
    let v = mm.vma(prev);
    is_mergeable_vma(v, file, flags, rules)
        && is_mergeable_anon_vma(anon, v.anon_vma, Some(v), rules)
        && v.pgoff.wrapping_add(mm.pages(prev)) == pgoff
}

/// can_vma_merge_before (mm/mmap.c:1021-1033): the range precedes `next`.
fn can_vma_merge_before(
    mm: &Mm,
    next: NodeId,
    flags: u64,
    anon: Option<AnonVmaId>,
    file: Option<FileId>,
    pgoff_end: u64,
    rules: MergeRules,
) -> bool {
    let v = mm.vma(next);
    is_mergeable_vma(v, file, flags, rules)
        && is_mergeable_anon_vma(anon, v.anon_vma, Some(v), rules)
        && v.pgoff == pgoff_end
}

/// The survivor of a merge adopts an absorbed VMA's anon_vma if it has none
/// (__vma_adjust's importer/exporter, mm/mmap.c:694-777).
fn adopt_anon(mm: &mut Mm, survivor: NodeId, donor: Option<AnonVmaId>) {
    let v = mm.vma_mut(survivor);
    if v.anon_vma.is_none() {
        v.anon_vma = donor;
    }
}

/// Remove a VMA swallowed by a merge: it leaves the tree and drops its file reference.
fn remove_absorbed(cx: &mut Ctx, id: NodeId) -> Vma {
    let v = cx.task.mm.remove_vma(id);
    vma_file_put(cx, &v);
    v
}

/// vma_merge (mm/mmap.c:1098-1189): the eight cases. `prev` is the VMA
/// before `addr` (for mprotect, the VMA being changed when the range starts
/// inside it).
#[allow(clippy::too_many_arguments)]
pub fn vma_merge(
    cx: &mut Ctx,
    prev: Option<NodeId>,
    addr: u64,
    end: u64,
    vm_flags: u64,
    anon: Option<AnonVmaId>,
    file: Option<FileId>,
    pgoff: u64,
) -> MergeResult {
    const F: &str = "vma_merge";
    let pglen = (end - addr) >> PAGE_SHIFT;
    let rules = MergeRules::of(cx);
    // mm/mmap.c:1113
    if vm_flags & VM_SPECIAL != 0 {
        cx.trace.step(F, "VM_SPECIAL: never merged");
        return MergeResult::NoMerge;
    }
    let mm = &cx.task.mm;
    let mut next = match prev {
        Some(p) => mm.vmas().next(p),
        None => mm.vmas().first(),
    };
    let area = next;
    // mm/mmap.c:1121: the range covers all of `area` (cases 6, 7, 8).
    if let Some(a) = area
        && mm.end(a) == end
    {
        next = mm.vmas().next(a);
    }

    // mm/mmap.c:1132-1159: can it merge with prev?
    if let Some(p) = prev
        && mm.end(p) == addr
        && can_vma_merge_after(mm, p, vm_flags, anon, file, pgoff, rules)
    {
        let both = next.is_some_and(|n| {
            end == mm.start(n)
                && can_vma_merge_before(mm, n, vm_flags, anon, file, pgoff + pglen, rules)
                && is_mergeable_anon_vma(mm.vma(p).anon_vma, mm.vma(n).anon_vma, None, rules)
        });
        if let Some(n) = next.filter(|_| both) {
            // cases 1 and 6: prev, the range and next become one.
            let new_end = mm.end(n);
            let covered = area.filter(|&a| a != n);
            if let Some(a) = covered {
                let v = remove_absorbed(cx, a);
                adopt_anon(&mut cx.task.mm, p, v.anon_vma);
            }
            let v = remove_absorbed(cx, n);
            adopt_anon(&mut cx.task.mm, p, v.anon_vma);
            let s = cx.task.mm.start(p);
            cx.task.mm.set_vma_range(p, s, new_end);
            cx.trace.step(
                F,
                if covered.is_some() {
                    "case 6: prev, the range and next merge into one"
                } else {
                    "case 1: prev, the new range and next merge into one"
                },
            );
        } else {
            let s = mm.start(p);
            match area {
                Some(a) if mm.end(a) == end && mm.start(a) < end => {
                    // case 7: prev swallows all of area.
                    let v = remove_absorbed(cx, a);
                    adopt_anon(&mut cx.task.mm, p, v.anon_vma);
                    cx.trace
                        .step(F, "case 7: prev grows over the whole of the changed VMA");
                }
                Some(a) if mm.start(a) < end => {
                    // case 5: prev takes the head of area.
                    let mm = &mut cx.task.mm;
                    let donor = mm.vma(a).anon_vma;
                    let shift = (end - mm.start(a)) >> PAGE_SHIFT;
                    let a_end = mm.end(a);
                    mm.set_vma_range(a, end, a_end);
                    mm.vma_mut(a).pgoff += shift;
                    adopt_anon(mm, p, donor);
                    cx.trace
                        .step(F, "case 5: prev grows over the head of the next VMA");
                }
                _ => cx.trace.step(F, "case 2: prev grows over the new range"),
            }
            cx.task.mm.set_vma_range(p, s, end);
        }
        return MergeResult::Merged(p);
    }

    // mm/mmap.c:1164-1186: can it merge with next?
    if let Some(n) = next
        && end == mm.start(n)
        && can_vma_merge_before(mm, n, vm_flags, anon, file, pgoff + pglen, rules)
    {
        if let Some(p) = prev
            && addr < mm.end(p)
        {
            // case 4: the tail of prev moves to next.
            let mm = &mut cx.task.mm;
            let (ps, n_end) = (mm.start(p), mm.end(n));
            let shift = (mm.start(n) - addr) >> PAGE_SHIFT;
            let donor = mm.vma(p).anon_vma;
            mm.set_vma_range(p, ps, addr);
            mm.set_vma_range(n, addr, n_end);
            mm.vma_mut(n).pgoff -= shift;
            adopt_anon(mm, n, donor);
            cx.trace
                .step(F, "case 4: next grows down over the tail of prev");
        } else {
            let n_end = mm.end(n);
            let covered = area.filter(|&a| a != n);
            if let Some(a) = covered {
                // case 8: next swallows all of area.
                let v = remove_absorbed(cx, a);
                adopt_anon(&mut cx.task.mm, n, v.anon_vma);
                cx.trace.step(
                    F,
                    "case 8: next grows down over the whole of the changed VMA",
                );
            } else {
                cx.trace
                    .step(F, "case 3: next grows down over the new range");
            }
            let mm = &mut cx.task.mm;
            mm.set_vma_range(n, addr, n_end);
            mm.vma_mut(n).pgoff = mm.vma(n).pgoff.wrapping_sub(pglen);
        }
        return MergeResult::Merged(n);
    }
    cx.trace.step(F, "no merge");
    MergeResult::NoMerge
}

/// The step every flag-changing fixup takes on [start, end) of `vma`:
/// merge with a neighbour under `newflags`, else split `vma` down to exactly
/// the range (4.12 mm/mprotect.c:319-341, mm/mlock.c:529-548; 6.x names it
/// vma_modify_flags in mm/vma.c). The VMA now covering the range, with
/// `newflags` (and the sticky flags of the parts it joined).
pub fn vma_modify_flags(
    cx: &mut Ctx,
    prev: Option<NodeId>,
    vma: NodeId,
    start: u64,
    end: u64,
    newflags: u64,
) -> KResult<NodeId> {
    let v = *cx.task.mm.vma(vma);
    let pgoff = v
        .pgoff
        .wrapping_add((start - cx.task.mm.start(vma)) >> PAGE_SHIFT);
    // The sticky flags of the parts a merge may join (6.18.37+ VM_STICKY),
    // kept only where one of them has any (this runs for every mprotect).
    let sticky = sticky_flags(cx);
    let mm = &cx.task.mm;
    let parts = [prev, Some(vma), mm.vmas().next(vma)]
        .map(|id| id.map(|id| (mm.start(id), mm.end(id), mm.vma(id).flags & sticky)));
    let any_sticky = parts.iter().flatten().any(|p| p.2 != 0);
    let target = match vma_merge(cx, prev, start, end, newflags, v.anon_vma, v.file, pgoff) {
        MergeResult::Merged(id) => id,
        MergeResult::NoMerge => {
            if start != cx.task.mm.start(vma) {
                split_vma(cx, vma, start, true)?;
            }
            if end != cx.task.mm.end(vma) {
                split_vma(cx, vma, end, false)?;
            }
            vma
        }
    };
    let mm = &mut cx.task.mm;
    let (ts, te) = (mm.start(target), mm.end(target));
    let kept = if any_sticky {
        parts
            .iter()
            .flatten()
            .filter(|&&(s, e, _)| s < te && e > ts)
            .fold(0, |acc, &(_, _, f)| acc | f)
    } else {
        0
    };
    mm.vma_mut(target).flags = newflags | kept;
    Ok(target)
}

/// The merge 6.1's mmap_region tries for a new mapping (6.1 mm/mmap.c
/// __mmap_region "Attempt to expand an old mapping", then vma_expand):
/// next is checked first, then prev against next's anon_vma; the one kept
/// grows over the range (and over next when both fit). Unlike vma_merge,
/// when prev and next cannot become one, next takes the range.
#[allow(clippy::too_many_arguments)]
pub fn mmap_region_expand(
    cx: &mut Ctx,
    prev: Option<NodeId>,
    addr: u64,
    end: u64,
    vm_flags: u64,
    file: Option<FileId>,
    pgoff: u64,
) -> MergeResult {
    const F: &str = "mmap_region";
    if vm_flags & VM_SPECIAL != 0 {
        cx.trace.step(F, "VM_SPECIAL: never expanded into");
        return MergeResult::NoMerge;
    }
    let pglen = (end - addr) >> PAGE_SHIFT;
    // 6.1's merge tests: no relaxed anon_vma rule, no sticky flags.
    let rules = MergeRules {
        relaxed_anon: false,
        sticky: 0,
    };
    let mm = &cx.task.mm;
    let next = match prev {
        Some(p) => mm.vmas().next(p),
        None => mm.vmas().first(),
    };
    let next_fits = next.filter(|&n| {
        mm.start(n) == end
            && can_vma_merge_before(mm, n, vm_flags, None, file, pgoff + pglen, rules)
    });
    let anon = next_fits.and_then(|n| mm.vma(n).anon_vma);
    let prev_fits = prev.filter(|&p| {
        mm.end(p) == addr && can_vma_merge_after(mm, p, vm_flags, anon, file, pgoff, rules)
    });
    match (prev_fits, next_fits) {
        (Some(p), n) => {
            let s = mm.start(p);
            let new_end = n.map_or(end, |n| mm.end(n));
            if let Some(n) = n {
                let v = remove_absorbed(cx, n);
                adopt_anon(&mut cx.task.mm, p, v.anon_vma);
            }
            cx.task.mm.set_vma_range(p, s, new_end);
            cx.trace.step(
                F,
                if n.is_some() {
                    "vma_expand: prev grows over the range and next"
                } else {
                    "vma_expand: prev grows over the range"
                },
            );
            MergeResult::Merged(p)
        }
        (None, Some(n)) => {
            let mm = &mut cx.task.mm;
            let n_end = mm.end(n);
            mm.set_vma_range(n, addr, n_end);
            mm.vma_mut(n).pgoff = mm.vma(n).pgoff.wrapping_sub(pglen);
            cx.trace
                .step(F, "vma_expand: next grows down over the range");
            MergeResult::Merged(n)
        }
        (None, None) => {
            cx.trace.step(F, "no expansion");
            MergeResult::NoMerge
        }
    }
}

/// anon_vma_prepare (include/linux/rmap.h:144-150, __anon_vma_prepare mm/rmap.c:173-219)
/// with find_mergeable_anon_vma
/// (mm/mmap.c:1204-1284): the first private page instantiated in a VMA gives
/// it an anon_vma, reusing a compatible neighbour's if it can.
pub fn anon_vma_prepare(cx: &mut Ctx, id: NodeId) {
    let mm = &cx.task.mm;
    if mm.vma(id).anon_vma.is_some() {
        return;
    }
    // anon_vma_compatible(a, b): adjacent, same file, flags equal but for
    // rwx, linear pgoff. reusable_anon_vma also wants `old`'s chain singular.
    let compatible = |a: NodeId, b: NodeId| {
        let (va, vb) = (mm.vma(a), mm.vma(b));
        mm.end(a) == mm.start(b)
            && va.file == vb.file
            && (va.flags ^ vb.flags) & !VM_ACCESS_FLAGS == 0
            && vb.pgoff
                == va
                    .pgoff
                    .wrapping_add((mm.start(b) - mm.start(a)) >> PAGE_SHIFT)
    };
    let from_next = mm
        .vmas()
        .next(id)
        .filter(|&n| compatible(id, n))
        .and_then(|n| mm.vma(n).anon_vma);
    let found = from_next.or_else(|| {
        mm.vmas()
            .prev(id)
            .filter(|&p| compatible(p, id))
            .and_then(|p| mm.vma(p).anon_vma)
    });
    let av = match found {
        Some(av) => av,
        None => {
            let av = cx.world.next_anon_vma;
            cx.world.next_anon_vma += 1;
            av
        }
    };
    cx.task.mm.vma_mut(id).anon_vma = Some(av);
}
