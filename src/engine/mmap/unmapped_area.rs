//! get_unmapped_area (mm/mmap.c:2070-2110) and the x86-64 allocators it
//! dispatches to: arch_get_unmapped_area (bottom-up) and
//! arch_get_unmapped_area_topdown (all in arch/x86/kernel/sys_x86_64.c:103-217),
//! hugetlb_get_unmapped_area and its two searches (arch/x86/mm/hugetlbpage.c:78-160). The gap
//! search itself (unmapped_area, unmapped_area_topdown) is the VMA tree's.

use crate::engine::checks;
use crate::engine::ctx::{Ctx, FileMmap};
use crate::engine::fs::FileId;
use crate::engine::profile::HugetlbHint;
use crate::engine::refusal::{Check, Fact, KResult, Refusal};
use crate::engine::vma::*;
use crate::uapi::*;

/// TASK_SIZE for a 64-bit task with 4-level paging: 2^47 - one page.
pub const TASK_SIZE: u64 = (1 << 47) - PAGE_SIZE;
/// TASK_UNMAPPED_BASE = PAGE_ALIGN(TASK_SIZE / 3).
pub const TASK_UNMAPPED_BASE: u64 = page_align(TASK_SIZE / 3);
/// DEFAULT_MAP_WINDOW (arch/x86/include/asm/page_64_types.h): the 4-level
/// TASK_SIZE, where mmap_base, the stack and unhinted searches stay.
pub const DEFAULT_MAP_WINDOW: u64 = TASK_SIZE;
/// TASK_SIZE_MAX with 5-level paging: 2^56 less a page.
pub const TASK_SIZE_LA57: u64 = (1 << 56) - PAGE_SIZE;

/// Where a search may end for a hint at `addr`: the whole address space
/// above DEFAULT_MAP_WINDOW for a hint above it (6.x with 5-level paging:
/// find_start_end, arch_get_unmapped_area_topdown's high_limit), else the
/// window.
fn search_end(cx: &Ctx, addr: u64) -> u64 {
    if addr > DEFAULT_MAP_WINDOW {
        cx.task.mm.task_size
    } else {
        DEFAULT_MAP_WINDOW
    }
}

/// get_unmapped_area (mm/mmap.c:2070-2110).
pub fn get_unmapped_area(
    cx: &mut Ctx,
    file: Option<FileId>,
    addr: u64,
    len: u64,
    mut pgoff: u64,
    flags: u64,
) -> KResult<u64> {
    // mm/mmap.c:2082 (arch_mmap_check, :2077, is a no-op on x86)
    let task_size = cx.task.mm.task_size;
    if len > task_size {
        return Err(Refusal::new(&checks::GUA_TOO_LONG)
            .with("len", Fact::Hex(len))
            .with("max", Fact::Hex(task_size)));
    }
    let hugetlb = file.and_then(|f| cx.huge_size(f));
    let addr = if let Some(huge) = hugetlb {
        cx.trace.step(
            "get_unmapped_area",
            "hugetlbfs file: hugetlb_get_unmapped_area",
        );
        hugetlb_get_unmapped_area(cx, addr, len, huge, flags)?
    } else {
        match file.map(|f| cx.file_mmap(f)) {
            Some(FileMmap::Regular) => cx.trace.step(
                "get_unmapped_area",
                "regular file: thp_get_unmapped_area, the default for non-DAX files",
            ),
            Some(FileMmap::Shmem) => cx.trace.step(
                "get_unmapped_area",
                "tmpfs file: shmem_get_unmapped_area, the default with shmem THP off",
            ),
            Some(FileMmap::DevZero) => cx.trace.step(
                "get_unmapped_area",
                "/dev/zero: get_unmapped_area_zero, the default",
            ),
            _ if file.is_none() && flags & MAP_SHARED != 0 => {
                // mm/mmap.c:2089-2097: shared anonymous memory is shmem.
                pgoff = 0;
                cx.trace.step(
                    "get_unmapped_area",
                    "shared anonymous: shmem_get_unmapped_area, the default with pgoff 0",
                )
            }
            _ => {}
        }
        // ext4 files use thp_get_unmapped_area (6.1+ for every file, 4.12
        // for DAX only), private /dev/zero too (after 6.12); private
        // anonymous memory without a hint does when its length is a 2 MiB
        // multiple (6.7+, mm/mmap.c __get_unmapped_area).
        let p = cx.world.profile();
        let thp = match file.map(|f| cx.file_mmap(f)) {
            Some(FileMmap::Regular) => p.thp_align_files,
            Some(FileMmap::DevZero) => p.thp_align_dev_zero && flags & MAP_SHARED == 0,
            None => {
                p.thp_align_anon
                    && flags & MAP_SHARED == 0
                    && addr == 0
                    && len.is_multiple_of(PMD_SIZE)
            }
            _ => false,
        };
        let off = if file.is_some() {
            pgoff << PAGE_SHIFT
        } else {
            0
        };
        match thp
            .then(|| thp_get_unmapped_area(cx, addr, len, off, flags))
            .flatten()
        {
            Some(a) => a,
            None => mm_get_unmapped_area(cx, addr, len, flags)?,
        }
    };
    // mm/mmap.c:2100: IS_ERR_VALUE. A MAP_FIXED address in the top 4095
    // bytes is passed back unchanged and read as -errno.
    if addr >= (MAX_ERRNO as u64).wrapping_neg() {
        let errno = addr.wrapping_neg();
        let mut r = Refusal::new(&checks::GUA_ERR_VALUE)
            .with("addr", Fact::Hex(addr))
            .with(
                "errno",
                Fact::Text(crate::uapi::errno_name(errno).unwrap_or("(unnamed)")),
            );
        r.errno_value = Some(errno);
        return Err(r);
    }
    // mm/mmap.c:2103
    if addr > task_size - len {
        return Err(Refusal::new(&checks::GUA_END_BEYOND_TASK_SIZE)
            .with("addr", Fact::Hex(addr))
            .with("len", Fact::Hex(len))
            .with("max", Fact::Hex(task_size)));
    }
    // mm/mmap.c:2105
    if addr & !PAGE_MASK != 0 {
        return Err(Refusal::new(&checks::GUA_UNALIGNED).with("addr", Fact::Hex(addr)));
    }
    security_mmap_addr(cx, addr)?;
    Ok(addr)
}

/// The mm's own allocator: top-down or bottom-up, as picked at exec.
fn mm_get_unmapped_area(cx: &mut Ctx, addr: u64, len: u64, flags: u64) -> KResult<u64> {
    if cx.task.mm.topdown {
        arch_get_unmapped_area_topdown(cx, addr, len, flags)
    } else {
        arch_get_unmapped_area(cx, addr, len, flags)
    }
}

/// MAX_ERRNO (include/linux/err.h): the top 4095 values are error codes.
const MAX_ERRNO: i64 = 4095;

/// PMD_SIZE on x86-64: the THP size.
const PMD_SIZE: u64 = 2 << 20;

/// __thp_get_unmapped_area (6.18 mm/huge_memory.c): search for the length
/// plus 2 MiB, then place the mapping so that file offset and address agree
/// modulo 2 MiB (at the top of the padded hole when top-down). None: use
/// the plain search. The offset arithmetic is loff_t's, wrapping.
fn thp_get_unmapped_area(cx: &mut Ctx, addr: u64, len: u64, off: u64, flags: u64) -> Option<u64> {
    const F: &str = "__thp_get_unmapped_area";
    // loff_t arithmetic, signed and wrapping; comparisons with the unsigned
    // size and len_pad happen in unsigned long, as C's conversions make them.
    let size = PMD_SIZE as i64;
    let off_s = off as i64;
    let off_end = off_s.wrapping_add(len as i64);
    let off_align = off_s.wrapping_add(size - 1) & !(size - 1);
    if off_end <= off_align || (off_end.wrapping_sub(off_align) as u64) < PMD_SIZE {
        cx.trace.step(
            F,
            "no whole 2 MiB chunk of the file in the range: normal placement",
        );
        return None;
    }
    let len_pad = len.wrapping_add(PMD_SIZE);
    if len_pad < len || off.wrapping_add(len_pad) < off {
        return None;
    }
    let ret = mm_get_unmapped_area(cx, addr, len_pad, flags).ok()?;
    if ret == addr {
        cx.trace.value(F, "the hint was free: taken unaligned", ret);
        return Some(addr);
    }
    let off_sub = off.wrapping_sub(ret) & (PMD_SIZE - 1);
    let placed = if cx.world.profile().thp_topdown_upper && cx.task.mm.topdown && off_sub == 0 {
        ret + PMD_SIZE
    } else {
        ret + off_sub
    };
    cx.trace
        .value(F, "THP-aligned placement in a 2 MiB-padded gap", placed);
    Some(placed)
}

/// cap_mmap_addr (security/commoncap.c:1052-1064).
pub fn security_mmap_addr(cx: &mut Ctx, addr: u64) -> KResult<()> {
    let min = cx.world.sys.mmap_min_addr;
    if addr < min && !cx.task.capable(CAP_SYS_RAWIO) {
        return Err(Refusal::new(&checks::GUA_MMAP_MIN_ADDR)
            .with("addr", Fact::Hex(addr))
            .with("min", Fact::Hex(min)));
    }
    Ok(())
}

fn no_space(check: &'static Check, len: u64, low: u64, high: u64) -> Refusal {
    Refusal::new(check)
        .with("len", Fact::Hex(len))
        .with("low", Fact::Hex(low))
        .with("high", Fact::Hex(high))
}

/// The return of unmapped_area (mm/mmap.c:1767-1868) by which a bottom-up
/// search of `len` bytes (`align_mask` added) in [`low`, `high`) that found
/// nothing fails. The limits decide the first two; then the walk stops at
/// the first node it visits whose gap starts above `high - length` (:1818),
/// and it visits every gap big enough that ends at or above
/// `low + length`, so one such gap means :1818; with no big gap at all the
/// root's subtree gap sends it straight to check_highest (:1854). With big
/// gaps only below `low + length`, which return is taken depends on the
/// rbtree's shape, which the model does not keep (see vma_tree.rs): it
/// cites check_highest, where the walk ends when none of the nodes it
/// climbs back to starts above the limit.
fn unmapped_area_failure(
    cx: &Ctx,
    len: u64,
    align_mask: u64,
    low: u64,
    high: u64,
) -> &'static Check {
    let length = len.saturating_add(align_mask);
    if high < length {
        return &checks::UNMAPPED_AREA_HIGH_LIMIT;
    }
    if low > high - length {
        return &checks::UNMAPPED_AREA_LOW_LIMIT;
    }
    let low_limit = low + length;
    let mm = &cx.task.mm;
    let mut prev_end = 0;
    let mut cur = mm.vmas().first();
    while let Some(v) = cur {
        let gap_end = mm.vm_start_gap(v);
        if gap_end > prev_end && gap_end - prev_end >= length && gap_end >= low_limit {
            return &checks::UNMAPPED_AREA_PAST_HIGH;
        }
        prev_end = mm.end(v);
        cur = mm.vmas().next(v);
    }
    &checks::GUA_NO_SPACE
}

/// The hint test shared by the allocators: the hint is taken if the range
/// fits below `end` and ends at or below the next area's start gap. With
/// 5-level paging a hint must also lie wholly below or wholly above
/// DEFAULT_MAP_WINDOW (mmap_address_hint_valid, 6.x arch/x86/mm/mmap.c).
fn hint_fits(cx: &Ctx, addr: u64, len: u64, end: u64) -> bool {
    let mm = &cx.task.mm;
    let one_side = mm.task_size == DEFAULT_MAP_WINDOW
        || (addr > DEFAULT_MAP_WINDOW) == (addr.wrapping_add(len) > DEFAULT_MAP_WINDOW);
    end - len >= addr
        && one_side
        && match mm.find_vma(addr) {
            None => true,
            Some(v) => addr
                .checked_add(len)
                .is_some_and(|e| e <= mm.vm_start_gap(v)),
        }
}

/// The lowest address a gap search may return. 4.12's x86 top-down search
/// goes down to PAGE_SIZE (sys_x86_64.c:196); 6.18's unmapped_area*
/// (mm/vma.c) clamp the low limit to the internal mmap_min_addr.
fn search_floor(cx: &Ctx, low: u64) -> u64 {
    if cx.world.profile().search_floor_is_min_addr {
        low.max(cx.world.mmap_min_addr())
    } else {
        low
    }
}

/// find_start_end (arch/x86/kernel/sys_x86_64.c:103-124), without ASLR:
/// with 5-level paging a hint above DEFAULT_MAP_WINDOW searches to the top.
fn find_start_end(cx: &Ctx, addr: u64, flags: u64) -> (u64, u64) {
    if flags & MAP_32BIT != 0 {
        (0x4000_0000, 0x8000_0000)
    } else {
        (cx.task.mm.mmap_legacy_base, search_end(cx, addr))
    }
}

/// arch_get_unmapped_area (arch/x86/kernel/sys_x86_64.c:126-162): bottom-up.
fn arch_get_unmapped_area(cx: &mut Ctx, addr: u64, len: u64, flags: u64) -> KResult<u64> {
    if flags & MAP_FIXED != 0 {
        cx.trace.value(
            "arch_get_unmapped_area",
            "MAP_FIXED: the address is taken as given",
            addr,
        );
        return Ok(addr);
    }
    let (begin, end) = find_start_end(cx, addr, flags);
    if len > end {
        return Err(no_space(&checks::ARCH_GUA_LEN_OVER_END, len, begin, end));
    }
    if addr != 0 {
        let addr = page_align(addr);
        if hint_fits(cx, addr, len, end) {
            cx.trace
                .value("arch_get_unmapped_area", "the hint is free: taken", addr);
            return Ok(addr);
        }
        cx.trace
            .step("arch_get_unmapped_area", "the hint is not free: searching");
    }
    match cx
        .task
        .mm
        .unmapped_area(false, len, search_floor(cx, begin), end, 0)
    {
        Some(a) => {
            cx.trace
                .value("unmapped_area", "bottom-up search: lowest gap that fits", a);
            Ok(a)
        }
        None => {
            let check = unmapped_area_failure(cx, len, 0, search_floor(cx, begin), end);
            Err(no_space(check, len, begin, end))
        }
    }
}

/// arch_get_unmapped_area_topdown (arch/x86/kernel/sys_x86_64.c:164-217).
fn arch_get_unmapped_area_topdown(cx: &mut Ctx, addr0: u64, len: u64, flags: u64) -> KResult<u64> {
    let task_size = cx.task.mm.task_size;
    if len > task_size {
        return Err(no_space(
            &checks::ARCH_GUA_TOPDOWN_TOO_LONG,
            len,
            PAGE_SIZE,
            task_size,
        ));
    }
    if flags & MAP_FIXED != 0 {
        cx.trace.value(
            "arch_get_unmapped_area_topdown",
            "MAP_FIXED: the address is taken as given",
            addr0,
        );
        return Ok(addr0);
    }
    if flags & MAP_32BIT == 0 {
        if addr0 != 0 {
            let addr = page_align(addr0);
            if hint_fits(cx, addr, len, task_size) {
                cx.trace.value(
                    "arch_get_unmapped_area_topdown",
                    "the hint is free: taken",
                    addr,
                );
                return Ok(addr);
            }
            cx.trace.step(
                "arch_get_unmapped_area_topdown",
                "the hint is not free: searching",
            );
        }
        // A hint above DEFAULT_MAP_WINDOW raises the high limit by the rest
        // of the address space (5-level paging).
        let base = cx.task.mm.mmap_base + (search_end(cx, addr0) - DEFAULT_MAP_WINDOW);
        // The low limit is one page, not mmap_min_addr (sys_x86_64.c:196);
        // 6.6+ MAP_ABOVE4G raises it to 4 GiB.
        let low = if cx.world.profile().map_above4g && flags & MAP_ABOVE4G != 0 {
            1 << 32
        } else {
            PAGE_SIZE
        };
        if let Some(a) = cx
            .task
            .mm
            .unmapped_area(true, len, search_floor(cx, low), base, 0)
        {
            cx.trace.value(
                "unmapped_area_topdown",
                "top-down search below mmap_base: highest gap that fits",
                a,
            );
            return Ok(a);
        }
        cx.trace.step(
            "arch_get_unmapped_area_topdown",
            "no room below mmap_base: falling back to bottom-up",
        );
    } else {
        cx.trace.step(
            "arch_get_unmapped_area_topdown",
            "MAP_32BIT: bottom-up in [1 GiB, 2 GiB)",
        );
    }
    arch_get_unmapped_area(cx, addr0, len, flags)
}

/// hugetlb_get_unmapped_area (arch/x86/mm/hugetlbpage.c:128-160).
fn hugetlb_get_unmapped_area(
    cx: &mut Ctx,
    addr: u64,
    len: u64,
    huge: u64,
    flags: u64,
) -> KResult<u64> {
    let huge_fact = || Fact::Hex(huge);
    // hugetlbpage.c:136
    if len & (huge - 1) != 0 {
        return Err(Refusal::new(&checks::HUGETLB_LEN_UNALIGNED).with("huge", huge_fact()));
    }
    let task_size = cx.task.mm.task_size;
    if len > task_size {
        return Err(Refusal::new(&checks::HUGETLB_TOO_LONG)
            .with("len", Fact::Hex(len))
            .with("max", Fact::Hex(task_size)));
    }
    // hugetlbpage.c:141-145: prepare_hugepage_range
    if flags & MAP_FIXED != 0 {
        if addr & (huge - 1) != 0 || len & (huge - 1) != 0 {
            return Err(Refusal::new(&checks::HUGETLB_FIXED_UNALIGNED).with("huge", huge_fact()));
        }
        return Ok(addr);
    }
    if addr != 0 {
        let (a, how) = match cx.world.profile().hugetlb_hint {
            HugetlbHint::RoundDown => (addr & !(huge - 1), "rounded down"),
            HugetlbHint::RoundUp | HugetlbHint::RoundUpGeneric => {
                (addr.wrapping_add(huge - 1) & !(huge - 1), "rounded up")
            }
        };
        // 6.18 (fs/hugetlbfs/inode.c hugetlb_get_unmapped_area): a hint that
        // rounds up past the top becomes 0, which means no hint; 4.12's x86
        // version tests the wrapped 0 as a hint (and cap_mmap_addr then
        // refuses it), as x86's rounding down (4.14-6.12) tests a hint below
        // the first huge page as 0.
        let no_hint = a == 0 && cx.world.profile().hugetlb_hint == HugetlbHint::RoundUpGeneric;
        if !no_hint && hint_fits(cx, a, len, task_size) {
            cx.trace.value(
                "hugetlb_get_unmapped_area",
                match how {
                    "rounded down" => "the hint, rounded down to a huge page, is free",
                    _ => "the hint, rounded up to a huge page, is free",
                },
                a,
            );
            return Ok(a);
        }
    }
    let mask = PAGE_MASK & (huge - 1);
    // 5-level paging: a hint above DEFAULT_MAP_WINDOW searches above it too.
    let end = search_end(cx, addr);
    let mm = &cx.task.mm;
    let found = if mm.topdown {
        let high = mm.mmap_base + (end - DEFAULT_MAP_WINDOW);
        mm.unmapped_area(true, len, search_floor(cx, PAGE_SIZE), high, mask)
            .or_else(|| mm.unmapped_area(false, len, TASK_UNMAPPED_BASE, end, mask))
    } else {
        mm.unmapped_area(false, len, mm.mmap_legacy_base, end, mask)
    };
    match found {
        Some(a) => {
            cx.trace
                .value("hugetlb_get_unmapped_area", "huge-page aligned gap", a);
            Ok(a)
        }
        None => {
            // Both orders end in a bottom-up search (hugetlbpage.c:122, :92).
            let (low, high) = if mm.topdown {
                (TASK_UNMAPPED_BASE, end)
            } else {
                (mm.mmap_legacy_base, end)
            };
            let check = unmapped_area_failure(cx, len, mask, low, high);
            Err(no_space(check, len, PAGE_SIZE, end))
        }
    }
}

/// arch_pick_mmap_layout (arch/x86/mm/mmap.c:135-155, mmap_base :95-113) with rnd = 0: the model
/// never randomises (see README, "Deliberate departures").
pub fn arch_pick_mmap_layout(cx: &mut Ctx) {
    let stack = cx.task.rlimit(RLIMIT_STACK);
    let profile = cx.world.profile();
    // mmap_is_legacy: 4.12 also takes an unlimited stack as legacy (:72-81).
    let legacy = cx.task.personality & ADDR_COMPAT_LAYOUT != 0
        || (profile.unlimited_stack_is_legacy && stack == RLIM_INFINITY)
        || cx.world.sys.legacy_va_layout != 0;
    let pad = if profile.mmap_base_pad {
        cx.world.stack_guard_gap
    } else {
        0
    };
    cx.trace.step(
        "arch_pick_mmap_layout",
        "exec: layout picked with rnd = 0 (a deliberate departure: literal 4.12 randomises mmap_base even under ADDR_NO_RANDOMIZE)",
    );
    let guard_gap = cx.world.stack_guard_gap;
    let la57 = cx.world.la57 && profile.five_level_paging;
    let mm = &mut cx.task.mm;
    // setup_new_exec: mm->task_size = TASK_SIZE (TASK_SIZE_MAX for a
    // 64-bit task); mmap_base stays in DEFAULT_MAP_WINDOW either way.
    mm.task_size = if la57 { TASK_SIZE_LA57 } else { TASK_SIZE };
    mm.guard_gap = guard_gap;
    mm.guard_gap_retry = profile.guard_gap_retry;
    mm.mmap_legacy_base = TASK_UNMAPPED_BASE;
    if legacy {
        mm.mmap_base = mm.mmap_legacy_base;
        mm.topdown = false;
    } else {
        let gap_min: u64 = 128 << 20;
        let gap_max = TASK_SIZE / 6 * 5;
        // 6.18 pads the gap with stack_guard_gap, unless that would overflow.
        let gap = stack
            .checked_add(pad)
            .unwrap_or(stack)
            .clamp(gap_min, gap_max);
        mm.mmap_base = page_align(TASK_SIZE - gap);
        mm.topdown = true;
    }
}
