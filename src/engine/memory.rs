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
        let anon = write && v.flags & VM_SHARED == 0;
        let mut page = first;
        while page < end {
            let extent = page / HPAGE_PMD_PAGES * HPAGE_PMD_PAGES;
            let next = (extent + HPAGE_PMD_PAGES).min(end);
            if page == extent && next == extent + HPAGE_PMD_PAGES {
                // Whole extents in a row: a huge page maps what the small
                // pages would (one call for all of them, however large).
                let whole_end = end / HPAGE_PMD_PAGES * HPAGE_PMD_PAGES;
                map(&mut cx.task.mm, page, whole_end, anon);
                page = whole_end;
                continue;
            }
            let mm = &cx.task.mm;
            let mapped = mm.present.count_in(extent, extent + HPAGE_PMD_PAGES);
            // The huge zero page maps the whole extent and nothing of it is
            // anonymous: a write there may take a huge page of its own.
            let huge_zero = mapped == HPAGE_PMD_PAGES
                && mm.anon.count_in(extent, extent + HPAGE_PMD_PAGES) == 0;
            let whole = super::util::thp_fault_in(cx, id, page << PAGE_SHIFT, next << PAGE_SHIFT)
                && (mapped == 0
                    || (write && huge_zero && cx.world.profile().thp_zero_wp_allocates));
            let (a, b) = if whole {
                (extent, extent + HPAGE_PMD_PAGES)
            } else {
                (page, next)
            };
            map(&mut cx.task.mm, a, b, anon);
            page = next;
        }
        return;
    } else if kind == Some(FileMmap::Regular) && !write {
        // A disk file's read fault (do_read_fault) maps around it what the
        // page cache holds: its windows, clipped to the VMA and page table.
        let (vfirst, vend) = (mm.start(id) >> PAGE_SHIFT, mm.end(id) >> PAGE_SHIFT);
        for page in [first, end - 1] {
            let window = page / FAULT_AROUND_PAGES * FAULT_AROUND_PAGES;
            let table = page / PTRS_PER_PTE * PTRS_PER_PTE;
            let lo = window.max(vfirst).max(table);
            let hi = (window + FAULT_AROUND_PAGES)
                .min(vend)
                .min(table + PTRS_PER_PTE);
            cx.task.mm.maybe_mapped.insert(lo, hi);
        }
    } else if !write && kind == Some(FileMmap::Shmem) && v.ops == VmOps::Shmem {
        // Only vm_ops with map_pages fault around: shm_vm_ops has none.
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
    // Only the windows at the two ends can reach past [first, end): what
    // the ones between map from the cache is faulted in anyway.
    let last_window = (end - 1) / FAULT_AROUND_PAGES * FAULT_AROUND_PAGES;
    let mut windows = Vec::new();
    for window in [first / FAULT_AROUND_PAGES * FAULT_AROUND_PAGES, last_window] {
        if windows.iter().any(|&(w, _, _)| w == window) {
            continue;
        }
        let (page, next) = (first.max(window), end.min(window + FAULT_AROUND_PAGES));
        // No fault happens in a window whose pages here are all mapped.
        if mm.present.count_in(page, next) < next - page {
            let table = page / PTRS_PER_PTE * PTRS_PER_PTE;
            let lo = window.max(vfirst).max(table);
            let hi = (window + FAULT_AROUND_PAGES)
                .min(vend)
                .min(table + PTRS_PER_PTE);
            windows.push((window, lo, hi));
        }
    }
    for (_, lo, hi) in windows {
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
    mm.maybe_mapped.remove_range(first, last);
}

/// move_page_tables (mm/mremap.c): what [from, from + len) maps moves to
/// `to`, guard markers (6.13+) included; the source keeps nothing.
pub fn move_page_tables(mm: &mut Mm, from: u64, to: u64, len: u64) {
    let (first, end) = (from >> PAGE_SHIFT, (from + len) >> PAGE_SHIFT);
    let to = to >> PAGE_SHIFT;
    for set in [
        &mut mm.present,
        &mut mm.anon,
        &mut mm.guards,
        &mut mm.maybe_mapped,
    ] {
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

/// PSS_SHIFT (fs/proc/task_mmu.c): Pss is summed in 1/4096ths of a byte.
const PSS_SHIFT: u32 = 12;

/// What smaps counts for VMA `id` of process `pid` (4.12 smaps_pte_entry
/// and smaps_account, fs/proc/task_mmu.c:451-499; 6.x the same sums), or
/// None where the model does not know the page tables: a disk file's VMA
/// once a fault there may have mapped pages around it from the page cache
/// (readahead and fault-around), and special mappings.
pub fn smaps_usage(
    m: &super::machine::Machine,
    pid: super::machine::Pid,
    id: NodeId,
    mapcounts: &mut MapCounts,
) -> Option<super::proc::Usage> {
    let mm = &m.tasks[pid].mm;
    let v = mm.vma(id);
    let mut usage = super::proc::Usage::default();
    let (anon, file_pages) = counted_pages(m, pid, id)?;
    // Each anonymous page is mapped once (no process forks here).
    let mut pss: u64 = anon << (PAGE_SHIFT + PSS_SHIFT);
    if file_pages != 0
        && let Some(f) = v.file
    {
        let inode = m.world.vfs.file(f).inode;
        let segments = mapcounts
            .entry(inode)
            .or_insert_with(|| mapcount_segments(m, inode));
        pss += file_pss(mm, id, segments);
    }
    usage.rss_kb = (anon + file_pages) * 4;
    usage.anonymous_kb = anon * 4;
    usage.pss_kb = pss >> (10 + PSS_SHIFT);
    if v.flags & VM_LOCKED != 0 {
        usage.locked_kb = usage.pss_kb;
    }
    Some(usage)
}

/// The normal pages VMA `id`'s page tables map, as smaps and the RSS
/// counters count them: (anonymous, file or shmem). None where the model
/// does not know them: a disk file's VMA once a fault there may have mapped
/// pages around it from the page cache, and special mappings.
pub fn counted_pages(
    m: &super::machine::Machine,
    pid: super::machine::Pid,
    id: NodeId,
) -> Option<(u64, u64)> {
    let mm = &m.tasks[pid].mm;
    let v = mm.vma(id);
    // Hugetlb pages are counted apart (Shared_Hugetlb, Private_Hugetlb).
    if v.flags & VM_HUGETLB != 0 {
        return Some((0, 0));
    }
    let (first, end) = (mm.start(id) >> PAGE_SHIFT, mm.end(id) >> PAGE_SHIFT);
    let present = mm.present.count_in(first, end);
    let anon = mm.anon.count_in(first, end);
    let kind = v.file.map(|f| super::ctx::file_mmap(&m.world.vfs, f));
    let file_pages = match (v.ops, kind) {
        (VmOps::Special(_), _) => return None,
        // Anonymous memory: what is mapped and not anonymous is the zero
        // page, which smaps does not count (vm_normal_page).
        (VmOps::None, _) => 0,
        (_, Some(FileMmap::Regular))
            if present != 0 || mm.maybe_mapped.count_in(first, end) != 0 =>
        {
            return None;
        }
        _ => present - anon,
    };
    Some((anon, file_pages))
}

/// The file pages VMA `id` maps (present, not anonymous), by page offset.
fn file_ranges(mm: &Mm, id: NodeId) -> Vec<(u64, u64)> {
    let v = mm.vma(id);
    let (first, end) = (mm.start(id) >> PAGE_SHIFT, mm.end(id) >> PAGE_SHIFT);
    let mut out = Vec::new();
    for (a, b) in mm.present.held_in(first, end) {
        let mut at = a;
        for (x, y) in mm.anon.held_in(a, b) {
            if x > at {
                out.push((at, x));
            }
            at = y;
        }
        if at < b {
            out.push((at, b));
        }
    }
    out.into_iter()
        .map(|(a, b)| (v.pgoff + (a - first), v.pgoff + (b - first)))
        .collect()
}

/// Each file's page-offset ranges with how many page table entries map
/// them, in every process: computed once per file for a smaps table.
pub type MapCounts = std::collections::HashMap<InodeId, Vec<(u64, u64, u64)>>;

/// The ranges of `inode`'s page offsets with the number of page table
/// entries that map each (page_mapcount), sorted and disjoint.
fn mapcount_segments(m: &super::machine::Machine, inode: InodeId) -> Vec<(u64, u64, u64)> {
    // Where the count of mappings changes, over the file's page offsets.
    let mut deltas: std::collections::BTreeMap<u64, i64> = std::collections::BTreeMap::new();
    for task in &m.tasks {
        let other = &task.mm;
        for w in other.vmas().iter() {
            let Some(f) = other.vma(w).file else { continue };
            if m.world.vfs.file(f).inode != inode {
                continue;
            }
            for (a, b) in file_ranges(other, w) {
                *deltas.entry(a).or_default() += 1;
                *deltas.entry(b).or_default() -= 1;
            }
        }
    }
    let mut segments = Vec::new();
    let mut count = 0i64;
    let mut prev = None;
    for (&at, &d) in &deltas {
        if let Some(p) = prev
            && count > 0
            && at > p
        {
            segments.push((p, at, count as u64));
        }
        count += d;
        prev = Some(at);
    }
    segments
}

/// Pss of the file pages VMA `id` maps, in bytes << PSS_SHIFT: each page
/// counts PAGE_SIZE / mapcount (smaps_account).
fn file_pss(mm: &Mm, id: NodeId, segments: &[(u64, u64, u64)]) -> u64 {
    let mut pss = 0u64;
    for (a, b) in file_ranges(mm, id) {
        let from = segments.partition_point(|&(_, y, _)| y <= a);
        for &(x, y, n) in segments[from..].iter().take_while(|&&(x, _, _)| x < b) {
            let (lo, hi) = (x.max(a), y.min(b));
            if lo < hi {
                pss += (hi - lo) * ((4096u64 << PSS_SHIFT) / n);
            }
        }
    }
    pss
}
