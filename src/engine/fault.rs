//! arch/x86/mm/fault.c: what a user access to memory does (4.12
//! __do_page_fault, :1262-1490; 6.x do_user_addr_fault). A `read` or
//! `write` statement touches each page of a range in turn, as a program's
//! loads and stores would: the first page the kernel cannot serve stops it
//! with the signal the kernel sends (SIGSEGV with SEGV_MAPERR or
//! SEGV_ACCERR, SIGBUS with BUS_ADRERR). A refusal names the check, like a
//! failed call's. Pages that are served are faulted in as the model keeps
//! them: a tmpfs or hugetlb object's pages (charged, or taken from the
//! pool), and a private writable mapping's anon_vma on a write.

use super::checks;
use super::ctx::Ctx;
use super::refusal::{Check, Fact, KResult, Refusal};
use super::util::{FaultFail, faultin_vma_range};
use super::vma::*;
use crate::uapi::{
    Access, BUS_ADRERR, RLIMIT_STACK, SEGV_ACCERR, SEGV_MAPERR, SEGV_PKUERR, SI_KERNEL, SIGBUS,
    SIGSEGV, TouchOutcome,
};

/// The signal `check` delivers when it refuses an access.
pub fn signal_of(check: &Check) -> Option<TouchOutcome> {
    let (signo, code) = match check.id {
        "fault.no_vma" | "fault.not_stack" | "fault.guard_page" | "fault.below_sp"
        | "fault.stack_growth" => (SIGSEGV, SEGV_MAPERR),
        "fault.access_error" => (SIGSEGV, SEGV_ACCERR),
        "fault.pkey" => (SIGSEGV, SEGV_PKUERR),
        "fault.non_canonical" => (SIGSEGV, SI_KERNEL),
        "fault.sigbus" => (SIGBUS, BUS_ADRERR),
        _ => return None,
    };
    Some(TouchOutcome::Signal {
        signo,
        code: Some(code),
    })
}

/// The outcome a touch ended in, as the language writes it (a refusal that
/// is no signal, such as "not modelled", shows as a signal 0).
pub fn outcome(r: &KResult<u64>) -> TouchOutcome {
    match r {
        Ok(_) => TouchOutcome::Ok,
        Err(e) => signal_of(e.check).unwrap_or(TouchOutcome::Signal {
            signo: 0,
            code: None,
        }),
    }
}

/// Touch [addr, addr + len) (at least one byte): each page in turn, from
/// `addr` and then from each page boundary. Ok, or the refusal at the first
/// address that faults.
pub fn touch(cx: &mut Ctx, addr: u64, len: u64, access: Access) -> KResult<u64> {
    // The last byte, inclusive: the top byte of the address space counts.
    let last = addr.saturating_add(len.max(1) - 1);
    let mut at = addr;
    loop {
        // A non-canonical address is no page fault: the CPU raises a
        // general protection fault (4.12 do_general_protection,
        // arch/x86/kernel/traps.c:560), SIGSEGV with SI_KERNEL. The
        // canonical halves are 47 bits wide, 56 with 5-level paging.
        let bits = if cx.task.mm.task_size > super::mmap::TASK_SIZE {
            56
        } else {
            47
        };
        if at >> bits != 0 && at >> bits != (u64::MAX >> bits) {
            return Err(refused(&checks::FAULT_NON_CANONICAL, at));
        }
        do_page_fault(cx, at, access)?;
        match (at & PAGE_MASK).checked_add(PAGE_SIZE) {
            Some(next) if next <= last => at = next,
            _ => break,
        }
    }
    Ok(0)
}

fn refused(check: &'static Check, at: u64) -> Refusal {
    Refusal::new(check).with("addr", Fact::Hex(at))
}

/// One access at `address` (4.12 __do_page_fault, arch/x86/mm/fault.c:1262-1490, from :1401).
fn do_page_fault(cx: &mut Ctx, address: u64, access: Access) -> KResult<()> {
    const F: &str = "__do_page_fault";
    let mm = &cx.task.mm;
    // arch/x86/mm/fault.c:1401-1404
    let Some(vma) = mm.find_vma(address) else {
        return Err(refused(&checks::FAULT_NO_VMA, address));
    };
    // :1406-1411: below a VMA that is not a stack.
    let below = mm.start(vma);
    if below > address {
        if mm.vma(vma).flags & VM_GROWSDOWN == 0 {
            return Err(
                refused(&checks::FAULT_NOT_STACK, address).with("next", Fact::Hex(mm.start(vma)))
            );
        }
        // :1412-1422: 4.12 refuses an access more than 64 KiB (and 32
        // words) below the stack pointer; 4.20 dropped the test. The
        // model's processes run on a stack at the top of the address space.
        if cx.world.profile().fault_below_sp_check
            && address.saturating_add(65536 + 32 * 8) < STACK_POINTER
        {
            return Err(refused(&checks::FAULT_BELOW_SP, address));
        }
        // :1424 expand_stack
        expand_downwards(cx, vma, address).map_err(|why| {
            refused(&checks::FAULT_STACK_GROWTH, address)
                .with("next", Fact::Hex(below))
                .with("why", Fact::Text(why))
        })?;
    }
    // :1434 access_error: a store needs VM_WRITE; a load any of
    // VM_READ, VM_WRITE, VM_EXEC (x86 page tables cannot say write-only).
    let flags = cx.task.mm.vma(vma).flags;
    // arch_vma_access_permitted: on a CPU with protection keys an
    // execute-only mapping has the execute-only pkey (mmap and mprotect of
    // PROT_EXEC alone take it), which denies loads and stores; the signal
    // says so (bad_area_access_from_pkeys: SEGV_PKUERR).
    if cx.world.pku && flags & VM_ACCESS_FLAGS == VM_EXEC {
        return Err(refused(&checks::FAULT_PKEY, address).with("access", Fact::Text(access.name())));
    }
    let denied = match access {
        Access::Write => flags & VM_WRITE == 0,
        Access::Read => flags & (VM_READ | VM_WRITE | VM_EXEC) == 0,
    };
    if denied {
        let check = match access {
            Access::Write => &checks::FAULT_ACCESS_ERROR_WRITE,
            Access::Read => &checks::FAULT_ACCESS_ERROR_READ,
        };
        return Err(refused(check, address)
            .with("access", Fact::Text(access.name()))
            .with("prot", Fact::Text(prot_words(flags))));
    }
    // :1445 handle_mm_fault, and :1473 mm_fault_error for what it answers.
    let page = address & PAGE_MASK;
    match faultin_vma_range(cx, vma, page, page + PAGE_SIZE, access == Access::Write) {
        Ok(()) => {
            cx.trace.value(F, "the page is faulted in at", page);
            Ok(())
        }
        Err((_, FaultFail::Guard)) => Err(refused(&checks::FAULT_GUARD_PAGE, address)),
        Err((_, why)) => {
            Err(refused(&checks::FAULT_SIGBUS, address).with("why", Fact::Text(why.explain())))
        }
    }
}

/// Where the model's processes keep their stack pointer, for 4.12's test:
/// the top of the address space, where the oracle's probe runs too.
const STACK_POINTER: u64 = 0x7fff_fe00_0000;

/// expand_downwards (4.12 mm/mmap.c:2313-2389) with acct_stack_growth
/// (:2176-2216; 6.x mm/mmap.c): the VMA grows down to the page of
/// `address`, or the reason it may not.
fn expand_downwards(
    cx: &mut Ctx,
    vma: super::vma_tree::NodeId,
    address: u64,
) -> Result<(), &'static str> {
    let address = address & PAGE_MASK;
    // security_mmap_addr (4.12); 6.x: address < mmap_min_addr.
    if cx.world.profile().search_floor_is_min_addr {
        if address < cx.world.mmap_min_addr() {
            return Err("the stack would grow below mmap_min_addr");
        }
    } else if super::mmap::security_mmap_addr(cx, address).is_err() {
        return Err("the stack would grow below vm.mmap_min_addr");
    }
    // Enforce stack_guard_gap against an accessible VMA below.
    let mm = &cx.task.mm;
    if let Some(prev) = mm.vmas().prev(vma) {
        let p = mm.vma(prev);
        if p.flags & VM_GROWSDOWN == 0
            && p.flags & VM_ACCESS_FLAGS != 0
            && address.wrapping_sub(mm.end(prev)) < mm.guard_gap
        {
            return Err("it would come within the stack guard gap of the mapping below");
        }
    }
    super::mmap::anon_vma_prepare(cx, vma);
    let mm = &cx.task.mm;
    let (start, end) = (mm.start(vma), mm.end(vma));
    let v = *mm.vma(vma);
    let size = end - address;
    let grow = (start - address) >> PAGE_SHIFT;
    if grow > v.pgoff {
        return Err("the stack would grow below address 0 in its page offset");
    }
    // acct_stack_growth: the address space limit, RLIMIT_STACK, the mlock
    // limit, then the commit charge.
    if super::mmap::may_expand_vm(cx, v.flags, grow) != super::mmap::MayExpand::Yes {
        return Err("the address space limit (RLIMIT_AS) refuses the growth");
    }
    if size > cx.task.rlimit(RLIMIT_STACK) {
        return Err("the stack would be larger than RLIMIT_STACK");
    }
    if super::mmap::mlock_future_check(cx, v.flags, grow << PAGE_SHIFT).is_err() {
        return Err("the locked stack would pass RLIMIT_MEMLOCK");
    }
    if super::util::vm_enough_memory(cx, grow, &checks::FAULT_STACK_GROWTH).is_err() {
        return Err("the commit limit refuses the growth");
    }
    let mm = &mut cx.task.mm;
    mm.set_vma_range(vma, address, end);
    mm.vma_mut(vma).pgoff -= grow;
    if v.flags & VM_LOCKED != 0 {
        mm.counters.locked_vm += grow;
    }
    mm.vm_stat_account(v.flags, grow as i64);
    cx.trace
        .value("expand_downwards", "the stack grows down to", address);
    Ok(())
}

fn prot_words(flags: u64) -> &'static str {
    match flags & VM_ACCESS_FLAGS {
        0 => "PROT_NONE",
        f if f == VM_READ => "read-only",
        f if f == VM_READ | VM_EXEC => "read and execute only",
        f if f == VM_EXEC => "execute-only",
        _ => "not writable",
    }
}
