//! mm/util.c: vm_mmap_pgoff and the overcommit policy (__vm_enough_memory).

use super::checks;
use super::ctx::{Ctx, FileMmap};
use super::fs::FileId;
use super::mmap::{anon_vma_prepare, do_mmap};
use super::refusal::{Check, Fact, KResult, Refusal};
use super::vma::*;
use crate::uapi::CAP_SYS_ADMIN;

/// vm_mmap_pgoff (mm/util.c:296-317): do_mmap under mmap_sem, then populate.
pub fn vm_mmap_pgoff(
    cx: &mut Ctx,
    file: Option<FileId>,
    addr: u64,
    len: u64,
    prot: u64,
    flags: u64,
    pgoff: u64,
) -> KResult<u64> {
    let mut populate = 0;
    let ret = do_mmap(cx, file, addr, len, prot, flags, pgoff, &mut populate)?;
    if populate != 0 {
        cx.trace.value(
            "vm_mmap_pgoff",
            "mm_populate faults the range in (errors ignored)",
            populate,
        );
        let _ = mm_populate(cx, ret, populate, true);
    }
    Ok(ret)
}

/// Why a fault in a populate failed (all are EFAULT to the caller).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FaultFail {
    /// No access at all (PROT_NONE).
    NoAccess,
    /// A file page past the end of the file (SIGBUS).
    PastEof,
    /// A VM_NORESERVE hugetlb mapping and no free huge page (SIGBUS).
    HugePoolEmpty,
    /// A tmpfs page that cannot be charged to vm_committed_as
    /// (shmem_acct_block fails, shmem_getpage_gfp answers -ENOSPC: SIGBUS).
    ShmemCharge,
    /// A guard page (MADV_GUARD_INSTALL): the fault is SIGSEGV.
    Guard,
}

impl FaultFail {
    pub fn explain(self) -> &'static str {
        match self {
            FaultFail::NoAccess => "PROT_NONE memory cannot be faulted in",
            FaultFail::PastEof => "a file page past the end of the file cannot be faulted in",
            FaultFail::HugePoolEmpty => {
                "the huge page pool has no free page for this VM_NORESERVE mapping"
            }
            FaultFail::Guard => "a guard page (MADV_GUARD_INSTALL) cannot be faulted in",
            FaultFail::ShmemCharge => {
                "allocating this tmpfs page would charge vm_committed_as past the commit limit (shmem_acct_block)"
            }
        }
    }
}

/// __mm_populate (mm/gup.c:1064-1117, populate_vma_page_range :1018-1055) as far as the model can see it: a write
/// fault in a private writable VMA gives it an anon_vma, and a fault in a
/// VMA backed by a shmem or hugetlb object allocates the object's missing
/// pages (charged or taken from the pool, [`fault_in_object`]). Read faults
/// on anonymous memory map the zero page and create nothing. A fault that
/// fails makes get_user_pages fail with EFAULT: with `ignore_errors` the
/// walk goes on at the next VMA, otherwise it stops and returns the address
/// where it failed, the pages before it faulted in.
pub fn mm_populate(
    cx: &mut Ctx,
    start: u64,
    len: u64,
    ignore_errors: bool,
) -> Result<(), (u64, FaultFail)> {
    let end = start.saturating_add(len);
    // mm/gup.c __mm_populate: for (nstart = start; nstart < end; ...)
    if start >= end {
        return Ok(());
    }
    let mut cur = cx.task.mm.find_vma(start);
    while let Some(id) = cur {
        let mm = &cx.task.mm;
        if mm.start(id) >= end {
            break;
        }
        let flags = mm.vma(id).flags;
        let (s, e) = (mm.start(id).max(start), mm.end(id).min(end));
        let next = mm.vmas().next(id);
        cur = next;
        if flags & (VM_IO | VM_PFNMAP) != 0 {
            continue;
        }
        if flags & VM_LOCKONFAULT != 0 && cx.world.profile().lockonfault_populates_nothing {
            continue;
        }
        let failed = if flags & VM_ACCESS_FLAGS == 0 {
            Some((s, FaultFail::NoAccess))
        } else if flags & VM_LOCKONFAULT != 0 {
            // 4.12: FOLL_POPULATE is dropped, so nothing is faulted in and
            // nothing past EOF is met.
            None
        } else {
            // A file page past EOF (SIGBUS) or a guard page (SIGSEGV)
            // cannot be faulted in: the pages before it are.
            let guard = first_guard(cx, s, e);
            let past = first_page_past_eof(cx, id, s, guard.unwrap_or(e));
            let faulted = fault_in_object(cx, id, s, past.or(guard).unwrap_or(e));
            match (faulted, past, guard) {
                (Err(f), _, _) => Some(f),
                (Ok(()), Some(at), _) => Some((at, FaultFail::PastEof)),
                (Ok(()), None, Some(at)) => Some((at, FaultFail::Guard)),
                (Ok(()), None, None) => None,
            }
        };
        let writes = flags & (VM_WRITE | VM_SHARED) == VM_WRITE;
        // 4.12 drops FOLL_POPULATE for VM_LOCKONFAULT: nothing is faulted.
        if flags & VM_LOCKONFAULT == 0 {
            let done = failed.map_or(e, |(at, _)| at.max(s));
            super::memory::pages_faulted(cx, id, s, done, writes);
        }
        if let Some(f) = failed {
            if ignore_errors {
                continue;
            }
            return Err(f);
        }
        if flags & VM_LOCKONFAULT == 0 && (writes || thp_fault_in(cx, id, s, e)) {
            anon_vma_prepare(cx, id);
        }
    }
    Ok(())
}

/// Fault [s, e) of one VMA in as get_user_pages does for MADV_POPULATE_READ
/// and MADV_POPULATE_WRITE (6.1 and 6.12 mm/gup.c faultin_vma_page_range /
/// faultin_page_range), once check_vma_flags has let the VMA through: the
/// object's pages are allocated up to a page that cannot be (a file page
/// past EOF, no free huge page, no tmpfs charge: SIGBUS, which
/// madvise_populate answers EFAULT), and a write fault in a private mapping
/// gives it an anon_vma.
pub fn faultin_vma_range(
    cx: &mut Ctx,
    id: super::vma_tree::NodeId,
    s: u64,
    e: u64,
    write: bool,
) -> Result<(), (u64, FaultFail)> {
    // The faults go page by page: the first guard page or page past EOF
    // stops them.
    let guard = first_guard(cx, s, e);
    let past = first_page_past_eof(cx, id, s, guard.unwrap_or(e));
    let faulted = fault_in_object(cx, id, s, past.or(guard).unwrap_or(e));
    let stop = match (faulted, past, guard) {
        (Err(f), _, _) => Some(f),
        (Ok(()), Some(at), _) => Some((at, FaultFail::PastEof)),
        (Ok(()), None, Some(at)) => Some((at, FaultFail::Guard)),
        (Ok(()), None, None) => None,
    };
    let first_fault_done = stop.is_none_or(|(at, _)| at > s);
    super::memory::pages_faulted(cx, id, s, stop.map_or(e, |f| f.0), write);
    let private = cx.task.mm.vma(id).flags & VM_SHARED == 0;
    if first_fault_done && private && (write || thp_fault_in(cx, id, s, stop.map_or(e, |f| f.0))) {
        anon_vma_prepare(cx, id);
    }
    stop.map_or(Ok(()), Err)
}

/// Whether a fault in [s, e) of the VMA takes the transparent huge page
/// path, which gives the VMA an anon_vma even for a read (4.12
/// do_huge_pmd_anonymous_page, mm/huge_memory.c:667; 6.x the same): an
/// anonymous VMA that THP may back (the kernel's mode `always`, or
/// MADV_HUGEPAGE under `madvise`; never MADV_NOHUGEPAGE), holding a whole
/// 2 MiB-aligned extent that meets the range.
pub fn thp_fault_in(cx: &Ctx, id: super::vma_tree::NodeId, s: u64, e: u64) -> bool {
    const PMD: u64 = 2 << 20;
    let mm = &cx.task.mm;
    let v = mm.vma(id);
    let enabled = (cx.world.profile().thp_always || v.flags & VM_HUGEPAGE != 0)
        && v.flags & (VM_NOHUGEPAGE | VM_HUGETLB | VM_SPECIAL) == 0;
    if !enabled || v.ops != VmOps::None || s >= e {
        return false;
    }
    // The first 2 MiB-aligned extent inside the VMA that ends above s.
    let inside = mm.start(id).saturating_add(PMD - 1) & !(PMD - 1);
    let first = inside.max(s & !(PMD - 1));
    first < e && first.saturating_add(PMD) <= mm.end(id)
}

/// The first guard page in [s, e), if any.
fn first_guard(cx: &Ctx, s: u64, e: u64) -> Option<u64> {
    let (first, last) = (s >> PAGE_SHIFT, e >> PAGE_SHIFT);
    if cx.task.mm.guards.count_in(first, last) == 0 {
        return None;
    }
    let free = cx.task.mm.guards.missing(first, last);
    let at = match free.first() {
        Some(&(a, b)) if a == first => b,
        _ => first,
    };
    Some(at << PAGE_SHIFT)
}

/// Fault in [s, e) of a VMA backed by a shmem or hugetlb object: each page
/// the object has not allocated yet is allocated once. A tmpfs object
/// charged page by page charges it (shmem_getpage_gfp → shmem_acct_block,
/// mm/shmem.c:175-182); a VM_NORESERVE hugetlb mapping takes it from the
/// free pool (hugetlb_no_page, without a reservation). The pages before a
/// failing one stay allocated and charged.
fn fault_in_object(
    cx: &mut Ctx,
    id: super::vma_tree::NodeId,
    s: u64,
    e: u64,
) -> Result<(), (u64, FaultFail)> {
    let mm = &cx.task.mm;
    let v = *mm.vma(id);
    let (Some(f), true) = (v.file, s < e) else {
        return Ok(());
    };
    let kind = cx.file_mmap(f);
    let first = v.pgoff.wrapping_add((s - mm.start(id)) >> PAGE_SHIFT);
    let last = v.pgoff.wrapping_add((e - mm.start(id)) >> PAGE_SHIFT);
    let inode = cx.world.vfs.file(f).inode;
    match kind {
        FileMmap::Shmem => {
            let i = cx.world.vfs.inode(inode);
            let acct = i.acct_by_page;
            for (lo, hi) in i.alloced.missing(first, last) {
                let n = hi - lo;
                let fits = !acct || vm_enough_memory(cx, n, &checks::SHMEM_ACCT_BLOCK).is_ok();
                let charged = if fits {
                    n
                } else {
                    // One page at a time, as the faults come.
                    charge_pages_one_by_one(cx, n, &checks::SHMEM_ACCT_BLOCK).0
                };
                cx.world
                    .vfs
                    .inode_mut(inode)
                    .alloced
                    .insert(lo, lo + charged);
                if charged < n {
                    let at = cx.task.mm.start(id) + ((lo + charged - v.pgoff) << PAGE_SHIFT);
                    return Err((at, FaultFail::ShmemCharge));
                }
            }
            if acct {
                cx.trace.value(
                    "shmem_acct_block",
                    "tmpfs pages charged, total allocated",
                    cx.world.vfs.inode(inode).alloced.count(),
                );
            }
        }
        FileMmap::Hugetlb if v.flags & VM_NORESERVE != 0 => {
            let shift = cx
                .world
                .vfs
                .inode(inode)
                .huge_size
                .trailing_zeros()
                .saturating_sub(PAGE_SHIFT);
            let (hfirst, hlast) = (first >> shift, last.div_ceil(1 << shift));
            let shared = v.flags & VM_MAYSHARE != 0;
            // The pool the model keeps is the 2 MiB one; its machine has no
            // 1 GiB pages (hugepages= counts 2 MiB pages).
            let pooled = cx.world.vfs.inode(inode).huge_size == 2 << 20;
            for (lo, hi) in cx.world.vfs.inode(inode).alloced.missing(hfirst, hlast) {
                // A shared mapping's fault uses the inode's reservation
                // where there is one (vma_has_reserves: VM_NORESERVE,
                // VM_MAYSHARE and region_chg 0), and commits the page to
                // the reserve map (vma_commit_reservation); elsewhere it
                // takes a free page.
                let mut at = lo;
                while at < hi {
                    let reserved =
                        shared && cx.world.vfs.inode(inode).resv.count_in(at, at + 1) == 1;
                    if !reserved {
                        if !pooled || cx.world.huge_free == 0 {
                            let page = (at << shift).saturating_sub(v.pgoff);
                            let addr = cx.task.mm.start(id) + (page << PAGE_SHIFT);
                            return Err((addr.max(s), FaultFail::HugePoolEmpty));
                        }
                        cx.world.huge_free -= 1;
                    }
                    let i = cx.world.vfs.inode_mut(inode);
                    i.alloced.insert(at, at + 1);
                    if shared {
                        i.resv.insert(at, at + 1);
                    }
                    at += 1;
                }
            }
        }
        // A shared mapping with its reservation: the faults take reserved
        // pages and put them in the object's page cache (hugetlb_no_page,
        // huge_add_to_page_cache), where other mappings' mincore sees them.
        FileMmap::Hugetlb if v.flags & VM_MAYSHARE != 0 => {
            let i = cx.world.vfs.inode_mut(inode);
            let shift = i.huge_size.trailing_zeros().saturating_sub(PAGE_SHIFT);
            let (hfirst, hlast) = (first >> shift, last.div_ceil(1 << shift));
            i.alloced.insert(hfirst, hlast);
            i.resv.insert(hfirst, hlast);
        }
        _ => {}
    }
    Ok(())
}

/// The first address in [start, end) of a file-backed VMA whose file page
/// lies at or past the end of the file (filemap_fault and shmem_fault answer
/// it with SIGBUS). Anonymous memory, private /dev/zero and the shmem objects
/// behind shared anonymous memory have no such end.
fn first_page_past_eof(cx: &Ctx, id: super::vma_tree::NodeId, start: u64, end: u64) -> Option<u64> {
    let mm = &cx.task.mm;
    let v = mm.vma(id);
    let f = v.file?;
    if !matches!(v.ops, VmOps::File | VmOps::Shmem | VmOps::Sysv) {
        return None;
    }
    let size_pages = page_align(cx.world.vfs.file_inode(f).size) >> PAGE_SHIFT;
    let (s, e) = (mm.start(id).max(start), mm.end(id).min(end));
    // Nothing to fault (the range stops at a guard page before it starts).
    if s >= e {
        return None;
    }
    let first_page = v.pgoff.wrapping_add((s - mm.start(id)) >> PAGE_SHIFT);
    let last_page = v.pgoff.wrapping_add((e - mm.start(id)) >> PAGE_SHIFT);
    if last_page <= size_pages {
        return None;
    }
    let past = size_pages.max(first_page);
    Some(mm.start(id) + ((past - v.pgoff) << PAGE_SHIFT))
}

/// Why __vm_enough_memory refused, for the explanation.
fn overcommit_detail(mode: u64) -> &'static str {
    match mode {
        0 => "the request is larger than the memory the heuristic allows",
        _ => "the total commitment would reach the commit limit (CommitLimit)",
    }
}

/// security_vm_enough_memory_mm → __vm_enough_memory (mm/util.c:582-661),
/// with cap_vm_enough_memory (security/commoncap.c:1033-1041) deciding cap_sys_admin.
/// On success the pages stay charged to vm_committed_as.
pub fn vm_enough_memory(cx: &mut Ctx, pages: u64, check: &'static Check) -> KResult<()> {
    let sys = cx.world.sys;
    // The kernel asks cap_vm_enough_memory every time; the answer only
    // matters where the admin reserve is applied, so it is asked there.
    let cap_sys_admin = |cx: &Ctx| cx.task.capable(CAP_SYS_ADMIN);
    // mm/util.c:590: charge first, take it back on failure.
    vm_acct_memory(cx, pages);
    let ok = match sys.overcommit_memory {
        1 => true,
        // 6.18 (mm/util.c __vm_enough_memory, 5.2+): only a single request
        // larger than RAM + swap is refused.
        0 if cx.world.profile().overcommit_guess_total => {
            let mem = cx.world.mem;
            pages <= (mem.total >> PAGE_SHIFT).saturating_add(mem.swap >> PAGE_SHIFT)
        }
        0 => {
            let mem = cx.world.mem;
            let mut free = ((mem.free >> PAGE_SHIFT) + (mem.swap >> PAGE_SHIFT)) as i128;
            if !cap_sys_admin(cx) {
                free -= (sys.admin_reserve_kbytes >> (PAGE_SHIFT - 10)) as i128;
            }
            free > pages as i128
        }
        _ => (cx.world.committed as i128) < strict_allowed(cx, cap_sys_admin(cx)),
    };
    if ok {
        cx.trace.value(
            "__vm_enough_memory",
            "commit accepted; Committed_AS pages now",
            cx.world.committed,
        );
        return Ok(());
    }
    vm_unacct_memory(cx, pages);
    let mut detail = overcommit_detail(sys.overcommit_memory).to_string();
    if cx.world.fput_pending.pages != 0 {
        detail += &format!(
            "; {} pages of what this call unmapped are still charged until the call returns (fput is deferred)",
            cx.world.fput_pending.pages
        );
    }
    Err(Refusal::new(check)
        .with("pages", Fact::Dec(pages))
        .with("mode", Fact::Dec(sys.overcommit_memory))
        .with("detail", Fact::Path(detail)))
}

/// Overcommit mode 2's bound, as mm/util.c:640-652 works it out: the commit limit less
/// the admin reserve (unless CAP_SYS_ADMIN) and the user reserve.
fn strict_allowed(cx: &Ctx, cap_sys_admin: bool) -> i128 {
    let sys = cx.world.sys;
    let mut allowed = vm_commit_limit(cx) as i128;
    if !cap_sys_admin {
        allowed -= (sys.admin_reserve_kbytes >> (PAGE_SHIFT - 10)) as i128;
    }
    let reserve = sys.user_reserve_kbytes >> (PAGE_SHIFT - 10);
    allowed -= (cx.task.mm.counters.total_vm / 32).min(reserve) as i128;
    allowed
}

/// `n` faults that each charge one page (shmem_acct_block): how many are
/// charged before one is refused, and the refusal. Each page is its own
/// __vm_enough_memory(1); in modes 0 and 1 nothing the answer reads
/// changes between them, so the first one's answer is every one's; in mode
/// 2 each charge raises Committed_AS, so the count is worked out rather
/// than looped (a scenario may populate a terabyte).
pub fn charge_pages_one_by_one(
    cx: &mut Ctx,
    n: u64,
    check: &'static Check,
) -> (u64, Option<Refusal>) {
    if n == 0 {
        return (0, None);
    }
    if let Err(r) = vm_enough_memory(cx, 1, check) {
        return (0, Some(r));
    }
    let rest = n - 1;
    let more = if cx.world.sys.overcommit_memory == 2 {
        let allowed = strict_allowed(cx, cx.task.capable(CAP_SYS_ADMIN));
        // Page j of the rest fits while committed + j < allowed.
        (allowed - 1 - cx.world.committed as i128).clamp(0, rest as i128) as u64
    } else {
        rest
    };
    vm_acct_memory(cx, more);
    if more == rest {
        return (n, None);
    }
    let refused = vm_enough_memory(cx, 1, check).err();
    (1 + more, refused)
}

/// vm_commit_limit (mm/util.c:532-544), in pages.
pub fn vm_commit_limit(cx: &Ctx) -> u64 {
    let sys = cx.world.sys;
    let mem = cx.world.mem;
    let base = if sys.overcommit_kbytes != 0 {
        sys.overcommit_kbytes >> (PAGE_SHIFT - 10)
    } else {
        // unsigned long arithmetic, wrapping as the kernel's does.
        let huge_pages = mem.hugepages.wrapping_mul(512);
        cx.world
            .total_pages()
            .wrapping_sub(huge_pages)
            .wrapping_mul(sys.overcommit_ratio)
            / 100
    };
    base.wrapping_add(mem.swap >> PAGE_SHIFT)
}

pub fn vm_acct_memory(cx: &mut Ctx, pages: u64) {
    cx.world.committed = cx.world.committed.wrapping_add(pages);
}

pub fn vm_unacct_memory(cx: &mut Ctx, pages: u64) {
    cx.world.committed = cx.world.committed.wrapping_sub(pages);
}
