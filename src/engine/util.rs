//! mm/util.c: vm_mmap_pgoff and the overcommit policy (__vm_enough_memory).

use super::ctx::Ctx;
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

/// __mm_populate (mm/gup.c:1064-1117, populate_vma_page_range :1018-1055) as far as the model can see it: a write
/// fault in a private writable VMA gives it an anon_vma. Read faults on
/// anonymous memory map the zero page and create nothing. A VMA without any
/// access (PROT_NONE) makes get_user_pages fail with EFAULT: with
/// `ignore_errors` the walk goes on, otherwise it stops and returns the
/// address where it failed.
pub fn mm_populate(cx: &mut Ctx, start: u64, len: u64, ignore_errors: bool) -> Result<(), u64> {
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
        let next = mm.vmas().next(id);
        cur = next;
        if flags & (VM_IO | VM_PFNMAP) != 0 {
            continue;
        }
        if flags & VM_LOCKONFAULT != 0 && cx.world.profile().lockonfault_populates_nothing {
            continue;
        }
        if flags & VM_ACCESS_FLAGS == 0 {
            if ignore_errors {
                continue;
            }
            return Err(mm.start(id).max(start));
        }
        // An unreserved hugetlb mapping with an empty pool cannot be faulted
        // in either (hugetlb_no_page: SIGBUS).
        if flags & VM_HUGETLB != 0 && flags & VM_NORESERVE != 0 && cx.world.huge_free == 0 {
            if ignore_errors {
                continue;
            }
            return Err(mm.start(id).max(start));
        }
        // A file page past EOF cannot be faulted in (SIGBUS, so EFAULT):
        // the walk stops at the first one.
        if let Some(at) = first_page_past_eof(cx, id, start, end) {
            if ignore_errors {
                continue;
            }
            return Err(at);
        }
        if flags & VM_LOCKONFAULT == 0 && flags & (VM_WRITE | VM_SHARED) == VM_WRITE {
            anon_vma_prepare(cx, id);
        }
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
    if !matches!(v.ops, VmOps::File | VmOps::Shmem) || mm.vma(id).flags & VM_LOCKONFAULT != 0 {
        return None;
    }
    let size_pages = page_align(cx.world.vfs.file_inode(f).size) >> PAGE_SHIFT;
    let (s, e) = (mm.start(id).max(start), mm.end(id).min(end));
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
        _ => {
            let mut allowed = vm_commit_limit(cx) as i128;
            if !cap_sys_admin(cx) {
                allowed -= (sys.admin_reserve_kbytes >> (PAGE_SHIFT - 10)) as i128;
            }
            let reserve = sys.user_reserve_kbytes >> (PAGE_SHIFT - 10);
            allowed -= (cx.task.mm.counters.total_vm / 32).min(reserve) as i128;
            (cx.world.committed as i128) < allowed
        }
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
    Err(Refusal::new(check)
        .with("pages", Fact::Dec(pages))
        .with("mode", Fact::Dec(sys.overcommit_memory))
        .with(
            "detail",
            Fact::Text(overcommit_detail(sys.overcommit_memory)),
        ))
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
