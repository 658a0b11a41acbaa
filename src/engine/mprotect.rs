//! mm/mprotect.c: mprotect_fixup, do_mprotect_pkey and the mprotect system
//! call (v4.12 :279-502).

use super::checks;
use super::ctx::Ctx;
use super::mmap::{MayExpand, may_expand_vm, vma_modify_flags};
use super::refusal::{Fact, KResult, Refusal, refuse};
use super::util::{mm_populate, vm_enough_memory};
use super::vma::*;
use super::vma_tree::NodeId;
use crate::uapi::*;

/// mprotect(start, len, prot) = do_mprotect_pkey(start, len, prot, -1).
pub fn sys_mprotect(cx: &mut Ctx, start: u64, len: u64, prot: u64) -> KResult<u64> {
    do_mprotect_pkey(cx, start, len, prot, None)
}

/// pkey_mprotect(start, len, prot, pkey): pkey is an int, and -1 names no
/// key (mm/mprotect.c:412), as mprotect does.
pub fn sys_pkey_mprotect(cx: &mut Ctx, start: u64, len: u64, prot: u64, pkey: u64) -> KResult<u64> {
    let pkey = pkey as u32 as i32;
    do_mprotect_pkey(cx, start, len, prot, (pkey != -1).then_some(pkey))
}

/// mm_pkey_is_allocated (arch/x86/include/asm/pkeys.h:46-59): the language
/// has no pkey_alloc, so at most pkey 0 is: never in 4.12 (pkey <= 0 is
/// refused), and in 6.18 when the CPU has protection keys (pkey 0 is
/// allocated implicitly when the mm is created; without OSPKE the
/// allocation map is empty and arch_max_pkey() is 1).
fn mm_pkey_is_allocated(cx: &Ctx, pkey: i32) -> bool {
    pkey == 0 && cx.world.pku && cx.world.profile().pkey0_allocated
}

fn prot_words(flags: u64) -> &'static str {
    match flags & VM_ACCESS_FLAGS {
        f if f & VM_WRITE != 0 && f & VM_EXEC != 0 => "writable and executable",
        f if f & VM_WRITE != 0 => "writable",
        f if f & VM_EXEC != 0 => "executable",
        _ => "readable",
    }
}

/// do_mprotect_pkey (mm/mprotect.c:377-496).
pub fn do_mprotect_pkey(
    cx: &mut Ctx,
    start: u64,
    len: u64,
    prot: u64,
    pkey: Option<i32>,
) -> KResult<u64> {
    const F: &str = "do_mprotect_pkey";
    let mut prot = prot;
    // mm/mprotect.c:383-389
    let grows = prot & (PROT_GROWSDOWN | PROT_GROWSUP);
    prot &= !(PROT_GROWSDOWN | PROT_GROWSUP);
    if grows == PROT_GROWSDOWN | PROT_GROWSUP {
        return refuse(&checks::MPROTECT_BOTH_GROWS);
    }
    // mm/mprotect.c:391
    if start & !PAGE_MASK != 0 {
        return Err(Refusal::new(&checks::MPROTECT_UNALIGNED).with("addr", Fact::Hex(start)));
    }
    // mm/mprotect.c:393: a zero length succeeds without looking at anything.
    if len == 0 {
        cx.trace.step(F, "length 0: nothing to do");
        return Ok(0);
    }
    let len = page_align(len);
    let end = start.wrapping_add(len);
    // mm/mprotect.c:397
    if end <= start {
        return Err(Refusal::new(&checks::MPROTECT_WRAP)
            .with("addr", Fact::Hex(start))
            .with("len", Fact::Hex(len)));
    }
    // mm/mprotect.c:399: arch_validate_prot
    if prot & !(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM) != 0 {
        return Err(Refusal::new(&checks::MPROTECT_BAD_PROT).with("prot", Fact::Hex(prot)));
    }
    let reqprot = prot;
    // mm/mprotect.c:412: a named key must be allocated.
    if let Some(k) = pkey.filter(|&k| !mm_pkey_is_allocated(cx, k)) {
        let why = if !cx.world.pku {
            "this machine's CPU has no protection keys"
        } else if k == 0 {
            "4.12 never lets pkey 0 be named"
        } else {
            "only pkey_alloc allocates keys other than 0"
        };
        return Err(Refusal::new(&checks::MPROTECT_BAD_PKEY)
            .with("pkey", Fact::Int(i64::from(k)))
            .with("why", Fact::Text(why)));
    }
    // mm/mprotect.c:415-436
    let mm = &cx.task.mm;
    let Some(mut vma) = mm.find_vma(start) else {
        return Err(Refusal::new(&checks::MPROTECT_NO_VMA).with("addr", Fact::Hex(start)));
    };
    let mut prev = mm.vmas().prev(vma);
    let mut start = start;
    if grows & PROT_GROWSDOWN != 0 {
        if mm.start(vma) >= end {
            return Err(
                Refusal::new(&checks::MPROTECT_GROWSDOWN_NO_VMA).with("addr", Fact::Hex(start))
            );
        }
        start = mm.start(vma);
        if mm.vma(vma).flags & VM_GROWSDOWN == 0 {
            return Err(
                Refusal::new(&checks::MPROTECT_GROWSDOWN_NOT_STACK).with("addr", Fact::Hex(start))
            );
        }
    } else {
        if mm.start(vma) > start {
            return Err(
                Refusal::new(&checks::MPROTECT_HOLE_AT_START).with("addr", Fact::Hex(start))
            );
        }
        // mm/mprotect.c:430-435: end would move to vma.end, but there is no
        // VM_GROWSUP on x86, so PROT_GROWSUP always fails here.
        if grows & PROT_GROWSUP != 0 {
            return refuse(&checks::MPROTECT_GROWSUP);
        }
    }
    if start > mm.start(vma) {
        prev = Some(vma);
    }
    let mut nstart = start;
    loop {
        let mm = &cx.task.mm;
        let v = *mm.vma(vma);
        // mm/mprotect.c:447-449: READ_IMPLIES_EXEC, per VMA, only where exec is possible.
        let mut prot = reqprot;
        if reqprot & PROT_READ != 0
            && cx.task.personality & READ_IMPLIES_EXEC != 0
            && v.flags & VM_MAYEXEC != 0
        {
            prot |= PROT_EXEC;
        }
        let newflags = super::mmap::calc_vm_prot_bits(prot) | (v.flags & !VM_ACCESS_FLAGS);
        // mm/mprotect.c:464-467: every new permission needs its VM_MAY* twin.
        if (newflags & !(newflags >> 4)) & VM_ACCESS_FLAGS != 0 {
            let missing = (newflags & !(newflags >> 4)) & VM_ACCESS_FLAGS;
            let reason = if missing & VM_WRITE != 0 {
                if v.flags & VM_MAYSHARE != 0 && v.flags & VM_SHARED != 0 {
                    "it is a read-only shared mapping of a file sealed against writes (F_SEAL_WRITE or F_SEAL_FUTURE_WRITE took VM_MAYWRITE)"
                } else if v.flags & VM_MAYSHARE != 0 {
                    "it is a shared mapping of a file not opened for writing"
                } else {
                    "the mapping lacks VM_MAYWRITE"
                }
            } else if missing & VM_EXEC != 0 {
                "its file is on a noexec mount (VM_MAYEXEC is clear)"
            } else {
                "VM_MAYREAD is clear"
            };
            return Err(Refusal::new(&checks::MPROTECT_EACCES)
                .with("addr", Fact::Hex(nstart))
                .with("want", Fact::Text(prot_words(missing)))
                .with("reason", Fact::Text(reason)));
        }
        // 6.3+: memory-deny-write-execute.
        if super::prctl::map_deny_write_exec(cx, mm.vma(vma).flags, newflags) {
            return Err(Refusal::new(&checks::MDWE_MPROTECT).with("addr", Fact::Hex(nstart)));
        }
        let mm = &cx.task.mm;
        let tmp = mm.end(vma).min(end);
        let new_prev = mprotect_fixup(cx, vma, prev, nstart, tmp, newflags)?;
        prev = Some(new_prev);
        let mm = &cx.task.mm;
        nstart = tmp;
        if nstart < mm.end(new_prev) {
            nstart = mm.end(new_prev);
        }
        if nstart >= end {
            return Ok(0);
        }
        // mm/mprotect.c:486-490
        match mm.vmas().next(new_prev) {
            Some(n) if mm.start(n) == nstart => vma = n,
            _ => {
                cx.trace
                    .step(F, "a hole in the range: stop, keeping what was changed");
                return Err(Refusal::new(&checks::MPROTECT_HOLE).with("addr", Fact::Hex(nstart)));
            }
        }
    }
}

/// mprotect_fixup (mm/mprotect.c:279-372). Returns the VMA now holding the
/// range, which becomes the walk's `prev`.
fn mprotect_fixup(
    cx: &mut Ctx,
    vma: NodeId,
    prev: Option<NodeId>,
    start: u64,
    end: u64,
    mut newflags: u64,
) -> KResult<NodeId> {
    const F: &str = "mprotect_fixup";
    // 6.10+: a sealed VMA's protection cannot change, even to the same
    // value; the VMAs before it in the range have changed already.
    if !super::mseal::can_modify_vma(cx, vma) {
        return Err(super::mseal::sealed(cx, vma, &checks::SEALED_MPROTECT));
    }
    let oldflags = cx.task.mm.vma(vma).flags;
    let nrpages = (end - start) >> PAGE_SHIFT;
    // mm/mprotect.c:291
    if newflags == oldflags {
        cx.trace.step(F, "flags unchanged: nothing to do");
        return Ok(vma);
    }
    // mm/mprotect.c:302-314
    let mut charged = 0;
    if newflags & VM_WRITE != 0 {
        if may_expand_vm(cx, newflags, nrpages) != MayExpand::Yes
            && may_expand_vm(cx, oldflags, nrpages) == MayExpand::Yes
        {
            return Err(Refusal::new(&checks::MPROTECT_DATA_LIMIT)
                .with("pages", Fact::Dec(nrpages))
                .with(
                    "limit",
                    Fact::Dec(cx.task.rlimit(RLIMIT_DATA) >> PAGE_SHIFT),
                ));
        }
        if oldflags & (VM_ACCOUNT | VM_WRITE | VM_HUGETLB | VM_SHARED | VM_NORESERVE) == 0 {
            charged = nrpages;
            cx.trace.value(
                F,
                "first write permission on private memory: charging commit (pages)",
                charged,
            );
            vm_enough_memory(cx, charged, &checks::MPROTECT_NO_COMMIT)?;
            newflags |= VM_ACCOUNT;
        }
    } else if cx.world.profile().mprotect_drops_account && oldflags & VM_ACCOUNT != 0 {
        // 6.18 mprotect_fixup: an anonymous VMA never faulted gives its
        // charge back when it stops being writable.
        let v = cx.task.mm.vma(vma);
        if v.ops == VmOps::None && v.anon_vma.is_none() {
            newflags &= !VM_ACCOUNT;
        }
    }
    // mm/mprotect.c:319-341: merge, else split; a failed split gives the
    // charge back (mm/mprotect.c:369-371, the fail label).
    let target = match vma_modify_flags(cx, prev, vma, start, end, newflags) {
        Ok(target) => target,
        Err(e) => {
            super::util::vm_unacct_memory(cx, charged);
            return Err(e);
        }
    };
    // mm/mprotect.c:348: the flags changed (vma_modify_flags set them);
    // VMAs keep their place in the tree.
    // The guard gap follows VM_GROWSDOWN, which mprotect never changes.
    // mm/mprotect.c:359-362: a locked private mapping turning writable is faulted in.
    if oldflags & VM_LOCKED != 0
        && oldflags & (VM_WRITE | VM_SHARED) == 0
        && newflags & VM_WRITE != 0
    {
        let _ = mm_populate(cx, start, end - start, true);
    }
    if oldflags & VM_ACCOUNT != 0 && newflags & VM_ACCOUNT == 0 {
        cx.trace
            .value(F, "VM_ACCOUNT dropped: commit returned (pages)", nrpages);
        super::util::vm_unacct_memory(cx, nrpages);
    }
    let mm = &mut cx.task.mm;
    mm.vm_stat_account(oldflags, -(nrpages as i64));
    mm.vm_stat_account(newflags, nrpages as i64);
    cx.trace.value(F, "protection changed from", start);
    Ok(target)
}
