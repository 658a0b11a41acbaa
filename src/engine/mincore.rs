//! mm/mincore.c: mincore (v4.12 mm/mincore.c:223-272, do_mincore :176-197;
//! 6.x the same flow with can_do_mincore). The vector reports, page by
//! page, what the model's page tables hold (`memory.rs`) and, where no page
//! is mapped, what the object's page cache holds (shmem and hugetlb
//! objects; a disk file's page cache depends on readahead, which the model
//! does not follow).

use super::checks;
use super::ctx::{Ctx, FileMmap};
use super::fs::InodeKind;
use super::refusal::{Fact, KResult, Refusal};
use super::vma::*;
use crate::uapi::{Access, CAP_FOWNER};

const F: &str = "mincore";
const PAGE_SHIFT: u32 = 12;
/// do_mincore fills at most a page of entries per round.
const CHUNK_PAGES: u64 = 4096;

/// The vector mincore writes, as runs of equal entries (a range can cover
/// billions of pages).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Residency {
    runs: Vec<(u64, u8)>,
}

impl Residency {
    fn push(&mut self, count: u64, value: u8) {
        if count == 0 {
            return;
        }
        match self.runs.last_mut() {
            Some((n, v)) if *v == value => *n += count,
            _ => self.runs.push((count, value)),
        }
    }

    /// How many entries.
    pub fn len(&self) -> u64 {
        self.runs.iter().map(|r| r.0).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.runs.is_empty()
    }

    /// The first `n` entries (fewer if there are fewer).
    pub fn first(&self, n: usize) -> Vec<u8> {
        let mut out = Vec::new();
        for &(count, value) in &self.runs {
            let take = (n - out.len()).min(usize::try_from(count).unwrap_or(usize::MAX));
            out.extend(std::iter::repeat_n(value, take));
            if out.len() == n {
                break;
            }
        }
        out
    }
}

/// access_ok on x86-64 (4.12 arch/x86/include/asm/uaccess.h:41-57; 6.x
/// __access_ok): the range ends at or below TASK_SIZE_MAX (the task's
/// TASK_SIZE: 2^56 less a page with 5-level paging) without wrapping.
fn access_ok(cx: &Ctx, addr: u64, size: u64) -> bool {
    addr.checked_add(size)
        .is_some_and(|end| end <= cx.task.mm.task_size)
}

/// sys_mincore (mm/mincore.c:223-272). `vec` is the vector's address, or
/// None where the scenario writes the vector itself (a buffer of its own,
/// always writable). The vector is left in `cx.world.copied_out`.
pub fn sys_mincore(cx: &mut Ctx, start: u64, len: u64, vec: Option<u64>) -> KResult<u64> {
    // :231
    if start & !PAGE_MASK != 0 {
        return Err(Refusal::new(&checks::MINCORE_UNALIGNED).with("addr", Fact::Hex(start)));
    }
    // :235
    if !access_ok(cx, start, len) {
        return Err(Refusal::new(&checks::MINCORE_RANGE)
            .with("addr", Fact::Hex(start))
            .with("len", Fact::Hex(len)));
    }
    // :239-240
    let mut pages = (len >> PAGE_SHIFT) + u64::from(len & !PAGE_MASK != 0);
    // :242
    if let Some(v) = vec
        && !access_ok(cx, v, pages)
    {
        return Err(Refusal::new(&checks::MINCORE_VEC)
            .with("vec", Fact::Hex(v))
            .with("pages", Fact::Dec(pages)));
    }
    let mut out = Residency::default();
    let (mut start, mut to) = (start, vec);
    // :250-269: a chunk at a time, each copied out before the next.
    while pages != 0 {
        // Without a vector address there is nothing to fail in the copy:
        // chunks only matter for where a bad vector stops the call.
        let chunk = if to.is_some() {
            pages.min(CHUNK_PAGES)
        } else {
            pages
        };
        let done = do_mincore(cx, start, chunk, &mut out)?;
        if let Some(v) = to {
            copy_to_user(cx, v, done)?;
            to = Some(v + done);
        }
        pages -= done;
        start += done << PAGE_SHIFT;
    }
    cx.trace.value(F, "pages reported", out.len());
    cx.world.copied_out = Some(out);
    Ok(0)
}

/// copy_to_user of `n` entries at `v`: stores to user memory, which fault
/// as a user's stores do (the pages they reach are faulted in).
fn copy_to_user(cx: &mut Ctx, v: u64, n: u64) -> KResult<()> {
    super::fault::touch(cx, v, n, Access::Write)
        .map(drop)
        .map_err(|r| {
            let why = match r.check.id {
                id if id == checks::FAULT_NO_VMA.id || id == checks::FAULT_NOT_STACK.id => {
                    "nothing is mapped there"
                }
                id if id == checks::FAULT_ACCESS_ERROR_WRITE.id => {
                    "the memory there is not writable"
                }
                id if id == checks::FAULT_GUARD_PAGE.id => "it is a guard page",
                id if id == checks::FAULT_SIGBUS.id => "the page there cannot be faulted in",
                _ => "a store there faults",
            };
            Refusal::new(&checks::MINCORE_COPY)
                .with("vec", Fact::Hex(v))
                .with("why", Fact::Text(why))
        })
}

/// do_mincore (4.12 mm/mincore.c:176-197; 6.x adds can_do_mincore): the
/// entries for [addr, addr + pages) that the VMA at `addr` covers; how many.
fn do_mincore(cx: &mut Ctx, addr: u64, pages: u64, out: &mut Residency) -> KResult<u64> {
    let mm = &cx.task.mm;
    // :188-189 (6.x vma_lookup)
    let vma = match mm.find_vma(addr) {
        Some(id) if mm.start(id) <= addr => id,
        _ => {
            return Err(Refusal::new(&checks::MINCORE_UNMAPPED).with("addr", Fact::Hex(addr)));
        }
    };
    let end = mm.end(vma).min(addr.saturating_add(pages << PAGE_SHIFT));
    let n = (end - addr) >> PAGE_SHIFT;
    if cx.world.profile().mincore_can_do && !can_do_mincore(cx, vma) {
        cx.trace.value(
            "do_mincore",
            "can_do_mincore: the caller could not write the file; every page reads as resident from",
            addr,
        );
        out.push(n, 1);
        return Ok(n);
    }
    walk(cx, vma, addr, end, out)?;
    Ok(n)
}

/// can_do_mincore (6.x mm/mincore.c:158-172): anonymous memory, or a file
/// the caller owns (or has CAP_FOWNER for) or could open for writing.
fn can_do_mincore(cx: &Ctx, vma: super::vma_tree::NodeId) -> bool {
    let v = cx.task.mm.vma(vma);
    if v.ops == VmOps::None {
        return true;
    }
    let Some(f) = v.file else {
        return false;
    };
    let inode = cx.world.vfs.file(f).inode;
    let i = cx.world.vfs.inode(inode);
    // The objects behind shared anonymous memory and MAP_HUGETLB belong
    // to the process that made them, with mode 0777.
    if matches!(i.kind, InodeKind::ShmemObject | InodeKind::AnonHuge) {
        return true;
    }
    cx.task.uid == i.uid
        || cx.task.capable(CAP_FOWNER)
        || super::open::inode_permission(cx, inode, 2).is_ok()
}

/// walk_page_range with mincore's callbacks over [addr, end) of one VMA.
fn walk(
    cx: &Ctx,
    vma: super::vma_tree::NodeId,
    addr: u64,
    end: u64,
    out: &mut Residency,
) -> KResult<()> {
    let mm = &cx.task.mm;
    let v = *mm.vma(vma);
    let vfirst = mm.start(vma) >> PAGE_SHIFT;
    let (first, last) = (addr >> PAGE_SHIFT, end >> PAGE_SHIFT);
    let kind = v.file.map(|f| cx.file_mmap(f));
    // What the page cache says where nothing is mapped
    // (__mincore_unmapped_range, :86-103).
    let unmapped = |lo: u64, hi: u64, out: &mut Residency| -> KResult<()> {
        let not_modelled = |what: &'static str| {
            Err(Refusal::new(&checks::NOT_MODELLED).with("call", Fact::Text(what)))
        };
        match (v.file, kind) {
            // Anonymous memory, and a private /dev/zero mapping (its
            // file's page cache is empty).
            (None, _) | (_, Some(FileMmap::DevZero)) if v.ops == VmOps::None => {
                out.push(hi - lo, 0)
            }
            (Some(f), Some(FileMmap::Shmem)) => {
                let cache = &cx.world.vfs.file_inode(f).alloced;
                let pgoff = |p: u64| v.pgoff.wrapping_add(p - vfirst);
                let mut at = lo;
                for (a, b) in cache.held_in(pgoff(lo), pgoff(hi)) {
                    let (a, b) = (vfirst + (a - v.pgoff), vfirst + (b - v.pgoff));
                    out.push(a - at, 0);
                    out.push(b - a, 1);
                    at = b;
                }
                out.push(hi - at, 0);
            }
            (Some(_), Some(FileMmap::Hugetlb)) => {
                return not_modelled(
                    "mincore of a hugetlb page this process has not mapped (the answer depends on its page tables)",
                );
            }
            (Some(_), Some(FileMmap::Regular)) => {
                return not_modelled(
                    "mincore of a disk file's pages not mapped here (the page cache depends on readahead)",
                );
            }
            _ => {
                return not_modelled("mincore of a special mapping's pages");
            }
        }
        Ok(())
    };
    let mut at = first;
    for (a, b) in mm.present.held_in(first, last) {
        if a > at {
            unmapped(at, a, out)?;
        }
        out.push(b - a, 1);
        at = b;
    }
    if at < last {
        if v.flags & VM_HUGETLB != 0 && !cx.world.profile().hugetlb_walk_reports_holes {
            return Err(Refusal::new(&checks::NOT_MODELLED).with(
                "call",
                Fact::Text(
                    "mincore of hugetlb pages this process has not mapped in 4.12 (walk_hugetlb_range skips a range without a page table, so the vector holds stale memory there)",
                ),
            ));
        }
        if v.flags & VM_HUGETLB != 0 {
            // mincore_hugetlb: where this mm maps no huge page, its pte is
            // none (0) or its page table is missing and the page cache
            // decides: the two agree unless the object holds the page.
            let per = v.file.and_then(|f| cx.huge_size(f)).unwrap_or(2 << 20) >> PAGE_SHIFT;
            let cache = v.file.map(|f| &cx.world.vfs.file_inode(f).alloced);
            let vhuge = v.pgoff / per;
            let cached =
                |page: u64| cache.is_some_and(|c| c.contains(vhuge + (page - vfirst) / per));
            let mut page = at;
            while page < last {
                let next = ((page / per + 1) * per).min(last);
                if cached(page) {
                    return unmapped(page, next, out);
                }
                out.push(next - page, 0);
                page = next;
            }
        } else {
            unmapped(at, last, out)?;
        }
    }
    Ok(())
}
