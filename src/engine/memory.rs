//! mm/memory.c as far as residency goes: which pages a process's page
//! tables map. Each mm keeps the pages whose entry is present
//! (`Mm::present`: a page or the zero page) and, of those, the ones that
//! hold an anonymous page (`Mm::anon`); faults add them
//! ([`pages_faulted`], with do_fault_around for file pages and whole huge
//! pages where the fault maps one), zapping takes them away
//! ([`zap_page_range`]), mremap moves them ([`move_page_tables`]), and a
//! file's truncation or hole punch takes its pages out of every mm that
//! maps them ([`unmap_mapping_range`]). mincore (`mincore.rs`) reads them.

use super::ctx::{Ctx, FileMmap};
use super::fs::InodeId;
use super::mm::Mm;
use super::vma::*;
use super::vma_tree::NodeId;

const PAGE_SHIFT: u32 = 12;
/// fault_around_bytes (mm/memory.c), 64 KiB: 16 pages.
const FAULT_AROUND_PAGES: u64 = 16;
/// PTRS_PER_PTE: fault-around stays inside one page table.
const PTRS_PER_PTE: u64 = 512;
const HPAGE_PMD_PAGES: u64 = 512;

/// [s, e) of VMA `id` was faulted in (handle_mm_fault answered each page),
/// with a write fault or a read fault.
///
/// - hugetlb (hugetlb_fault): the whole huge page of each address;
/// - anonymous memory that takes the THP path (do_huge_pmd_anonymous_page:
///   a huge page, or the huge zero page for a read): the whole 2 MiB extent,
///   where no 4 KiB page of it is mapped yet;
/// - a read fault on a file page (do_read_fault, 4.12 mm/memory.c:3359-3384):
///   do_fault_around first maps the pages of the 16-page window around it
///   that the page cache already holds, up to EOF (filemap_map_pages); the
///   model knows the page cache of shmem objects only;
/// - a write fault in a private mapping leaves an anonymous page (the zero
///   page is replaced, a file page copied: do_wp_page, do_cow_fault).
pub fn pages_faulted(cx: &mut Ctx, id: NodeId, s: u64, e: u64, write: bool) {
    if s >= e {
        return;
    }
    let mm = &cx.task.mm;
    let v = *mm.vma(id);
    let (mut first, mut end) = (s >> PAGE_SHIFT, (e + 4095) >> PAGE_SHIFT);
    let kind = v.file.map(|f| cx.file_mmap(f));
    if v.flags & VM_HUGETLB != 0 {
        let per = v.file.and_then(|f| cx.huge_size(f)).unwrap_or(2 << 20) >> PAGE_SHIFT;
        first = first / per * per;
        end = end.div_ceil(per) * per;
    } else if v.file.is_none() || kind == Some(FileMmap::DevZero) {
        // Anonymous memory: the THP path maps each 2 MiB extent whole.
        let mut page = first;
        while page < end {
            let extent = page / HPAGE_PMD_PAGES * HPAGE_PMD_PAGES;
            let next = (extent + HPAGE_PMD_PAGES).min(end);
            let whole = super::util::thp_fault_in(cx, id, page << PAGE_SHIFT, next << PAGE_SHIFT)
                && cx
                    .task
                    .mm
                    .present
                    .count_in(extent, extent + HPAGE_PMD_PAGES)
                    == 0;
            let (a, b) = if whole {
                (extent, extent + HPAGE_PMD_PAGES)
            } else {
                (page, next)
            };
            map(&mut cx.task.mm, a, b, write && v.flags & VM_SHARED == 0);
            page = next;
        }
        return;
    } else if !write && kind == Some(FileMmap::Shmem) {
        do_fault_around(cx, id, first, end);
    }
    map(
        &mut cx.task.mm,
        first,
        end,
        write && v.flags & VM_SHARED == 0,
    );
}

fn map(mm: &mut Mm, first: u64, end: u64, anon: bool) {
    mm.present.insert(first, end);
    if anon {
        mm.anon.insert(first, end);
    }
}

/// do_fault_around (4.12 mm/memory.c:3304-3357; 6.x the same window): for
/// each page read-faulted in [first, end) that is not mapped yet, the
/// window of FAULT_AROUND_PAGES aligned pages around it, inside the VMA and
/// its page table, maps what the object's page cache holds below EOF.
fn do_fault_around(cx: &mut Ctx, id: NodeId, first: u64, end: u64) {
    let mm = &cx.task.mm;
    let v = *mm.vma(id);
    let Some(f) = v.file else { return };
    let (vfirst, vend) = (mm.start(id) >> PAGE_SHIFT, mm.end(id) >> PAGE_SHIFT);
    let inode = cx.world.vfs.inode(cx.world.vfs.file(f).inode);
    let eof = inode.size.div_ceil(4096);
    let mut windows = Vec::new();
    let mut page = first;
    while page < end {
        let window = page / FAULT_AROUND_PAGES * FAULT_AROUND_PAGES;
        let next = (window + FAULT_AROUND_PAGES).min(end);
        // No fault happens in a window whose pages here are all mapped.
        if mm.present.count_in(page, next) < next - page {
            let table = page / PTRS_PER_PTE * PTRS_PER_PTE;
            let lo = window.max(vfirst).max(table);
            let hi = (window + FAULT_AROUND_PAGES)
                .min(vend)
                .min(table + PTRS_PER_PTE);
            windows.push((lo, hi));
        }
        page = next;
    }
    for (lo, hi) in windows {
        let pgoff = |p: u64| v.pgoff.wrapping_add(p - vfirst);
        for (a, b) in inode.alloced.held_in(pgoff(lo), pgoff(hi)) {
            let b = b.min(eof);
            if a < b {
                let base = lo + (a - pgoff(lo));
                cx.task.mm.present.insert(base, base + (b - a));
            }
        }
    }
}

/// zap_page_range (mm/memory.c): [start, end) maps nothing any more.
pub fn zap_page_range(mm: &mut Mm, start: u64, end: u64) {
    let (first, last) = (start >> PAGE_SHIFT, end >> PAGE_SHIFT);
    mm.present.remove_range(first, last);
    mm.anon.remove_range(first, last);
}

/// move_page_tables (mm/mremap.c): what [from, from + len) maps moves to
/// `to`, guard markers (6.13+) included; the source keeps nothing.
pub fn move_page_tables(mm: &mut Mm, from: u64, to: u64, len: u64) {
    let (first, end) = (from >> PAGE_SHIFT, (from + len) >> PAGE_SHIFT);
    let to = to >> PAGE_SHIFT;
    for set in [&mut mm.present, &mut mm.anon, &mut mm.guards] {
        let moved = set.held_in(first, end);
        if moved.is_empty() {
            continue;
        }
        set.remove_range(first, end);
        for (a, b) in moved {
            set.insert(a - first + to, b - first + to);
        }
    }
}

/// unmap_mapping_range (mm/memory.c): the pages of file `inode` from page
/// offset `first` to `end` leave the page tables of every mapping of the
/// file, in every mm; private copies (COW pages) too with `even_cows`
/// (truncation), not for a hole punched. Recorded by the call and carried
/// out over every process when it returns (`Machine::syscall`).
#[derive(Clone, Copy, Debug)]
pub struct UnmapMapping {
    pub inode: InodeId,
    pub first: u64,
    pub end: u64,
    pub even_cows: bool,
}

pub fn unmap_mapping_range(cx: &mut Ctx, inode: InodeId, first: u64, end: u64, even_cows: bool) {
    cx.world.pending_unmaps.push(UnmapMapping {
        inode,
        first,
        end,
        even_cows,
    });
}

/// Carry out one [`UnmapMapping`] in `mm`.
pub fn apply_unmap_mapping(mm: &mut Mm, vfs: &super::fs::Vfs, u: &UnmapMapping) {
    let mut zap = Vec::new();
    for id in mm.vmas().iter() {
        let v = mm.vma(id);
        let Some(f) = v.file else { continue };
        if vfs.file(f).inode != u.inode {
            continue;
        }
        let (vfirst, pages) = (mm.start(id) >> PAGE_SHIFT, mm.pages(id));
        let lo = u.first.max(v.pgoff);
        let hi = u.end.min(v.pgoff.saturating_add(pages));
        if lo < hi {
            let cows = u.even_cows || v.flags & VM_SHARED != 0;
            zap.push((vfirst + (lo - v.pgoff), vfirst + (hi - v.pgoff), cows));
        }
    }
    for (a, b, cows) in zap {
        if cows {
            mm.present.remove_range(a, b);
            mm.anon.remove_range(a, b);
        } else {
            // The file's pages go; the private copies stay mapped.
            let kept = mm.anon.held_in(a, b);
            mm.present.remove_range(a, b);
            for (x, y) in kept {
                mm.present.insert(x, y);
            }
        }
    }
}
