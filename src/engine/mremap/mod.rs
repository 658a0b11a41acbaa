//! mm/mremap.c. The 4.12 path is here: mremap, mremap_to, vma_to_resize
//! and move_vma (all four: v4.12 :261-627). 6.18's rewrite around struct
//! vma_remap_struct is [`vrm`]; the steps of a move both share are
//! [`move_vma`].

mod move_vma;
mod vrm;

use super::checks;
use super::ctx::Ctx;
use super::mmap::{MayExpand, TASK_SIZE, do_munmap, get_unmapped_area, may_expand_vm};
use super::refusal::{Fact, KResult, Refusal, refuse};
use super::util::{mm_populate, vm_enough_memory, vm_unacct_memory};
use super::vma::*;
use super::vma_tree::NodeId;
use crate::uapi::*;
use move_vma::{copy_vma, prep_move_vma, unmap_source_vma, vma_expandable};

/// mremap (mm/mremap.c:507-627).
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
        return vrm::do_mremap(cx, addr, old_len, new_len, flags, new_addr);
    }
    // mm/mremap.c:519-526
    if flags & !(MREMAP_FIXED | MREMAP_MAYMOVE) != 0 {
        return Err(Refusal::new(&checks::MREMAP_BAD_FLAGS)
            .with("flags", Fact::Hex(flags))
            .with("known", Fact::Text("MREMAP_MAYMOVE|MREMAP_FIXED")));
    }
    if flags & MREMAP_FIXED != 0 && flags & MREMAP_MAYMOVE == 0 {
        return refuse(&checks::MREMAP_FIXED_NO_MAYMOVE);
    }
    if addr & !PAGE_MASK != 0 {
        return Err(Refusal::new(&checks::MREMAP_UNALIGNED).with("addr", Fact::Hex(addr)));
    }
    let old_len = page_align(old_len);
    let new_len = page_align(new_len);
    // mm/mremap.c:536
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
        // mm/mremap.c:553-559: shrinking (or equal) never looks at what is mapped.
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
        // mm/mremap.c:572-592: grow in place if the VMA ends where the range ends.
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
        // mm/mremap.c:598-615
        grow_by_moving(cx, vma, addr, old_len, new_len, flags, &mut locked)
    })();
    finish(cx, result, locked, charged, old_len, new_len)
}

/// The end of mremap, its out: label (mm/mremap.c:616-626): a failure returns the charge;
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
/// searched (no hint) and the mapping moves there (mm/mremap.c:598-615);
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

/// move_vma (mm/mremap.c:261-374): copy, account, unmap the source.
fn move_vma(
    cx: &mut Ctx,
    vma: NodeId,
    old_addr: u64,
    old_len: u64,
    new_len: u64,
    new_addr: u64,
    locked: &mut bool,
) -> KResult<u64> {
    let flags = cx.task.mm.vma(vma).flags;
    prep_move_vma(cx, vma, old_addr, old_len)?;
    let (_, vma) = copy_vma(cx, vma, old_addr, new_addr, new_len);
    // mm/mremap.c:348: total_vm grows by new_len now; the unmap takes old_len off.
    cx.task
        .mm
        .vm_stat_account(flags, (new_len >> PAGE_SHIFT) as i64);
    unmap_source_vma(cx, vma, old_addr, old_len);
    // mm/mremap.c:368-371
    if flags & VM_LOCKED != 0 {
        cx.task.mm.counters.locked_vm += new_len >> PAGE_SHIFT;
        *locked = true;
    }
    cx.trace.value("move_vma", "moved to", new_addr);
    Ok(new_addr)
}
