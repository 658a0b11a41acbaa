//! mmap_region (mm/mmap.c:1602-1765) and may_expand_vm (mm/mmap.c:3136-3157).

use super::merge::mmap_region_expand;
use super::{MergeResult, do_munmap, munmap_clear, munmap_gather, vma_merge};
use crate::engine::checks;
use crate::engine::ctx::{Ctx, FileMmap};
use crate::engine::fs::{FMODE_READ, FMODE_WRITE, FileId, FsType, InodeId, InodeKind};
use crate::engine::memfd;
use crate::engine::mm::Mm;
use crate::engine::profile::SealMmap;
use crate::engine::refusal::{Fact, KResult, Refusal};
use crate::engine::util::{vm_enough_memory, vm_unacct_memory};
use crate::engine::vma::*;
use crate::uapi::*;

/// Why may_expand_vm said no.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MayExpand {
    Yes,
    AsLimit,
    DataLimit,
}

/// may_expand_vm (mm/mmap.c:3136-3157).
pub fn may_expand_vm(cx: &Ctx, flags: u64, npages: u64) -> MayExpand {
    let c = &cx.task.mm.counters;
    if c.total_vm.wrapping_add(npages) > cx.task.rlimit(RLIMIT_AS) >> PAGE_SHIFT {
        return MayExpand::AsLimit;
    }
    // is_data_mapping (mm/internal.h): private, writable, not a stack.
    if flags & (VM_WRITE | VM_SHARED | VM_STACK) == VM_WRITE
        && c.data_vm.wrapping_add(npages) > cx.task.rlimit(RLIMIT_DATA) >> PAGE_SHIFT
    {
        // The Valgrind workaround: a soft limit of 0 defers to the hard limit.
        if cx.task.rlimit(RLIMIT_DATA) == 0
            && c.data_vm.wrapping_add(npages) <= cx.task.rlimit_max(RLIMIT_DATA) >> PAGE_SHIFT
        {
            return MayExpand::Yes;
        }
        return MayExpand::DataLimit; // ignore_rlimit_data is off
    }
    MayExpand::Yes
}

/// count_vma_pages_range (mm/mmap.c:523-549): pages of existing VMAs inside [addr, end).
fn count_vma_pages_range(mm: &Mm, addr: u64, end: u64) -> u64 {
    let mut n = 0;
    let mut cur = mm.find_vma(addr);
    while let Some(v) = cur {
        let (s, e) = (mm.start(v), mm.end(v));
        if s >= end {
            break;
        }
        n += (e.min(end) - s.max(addr)) >> PAGE_SHIFT;
        cur = mm.vmas().next(v);
    }
    n
}

/// may_expand_vm as a refusal: RLIMIT_AS or RLIMIT_DATA.
fn check_may_expand(cx: &Ctx, vm_flags: u64, pages: u64) -> KResult<()> {
    let c = cx.task.mm.counters;
    match may_expand_vm(cx, vm_flags, pages) {
        MayExpand::Yes => Ok(()),
        MayExpand::AsLimit => Err(Refusal::new(&checks::REGION_AS_LIMIT)
            .with("pages", Fact::Dec(pages))
            .with("total", Fact::Dec(c.total_vm))
            .with("limit", Fact::Dec(cx.task.rlimit(RLIMIT_AS) >> PAGE_SHIFT))),
        MayExpand::DataLimit => Err(Refusal::new(&checks::REGION_DATA_LIMIT)
            .with("pages", Fact::Dec(pages))
            .with("data", Fact::Dec(c.data_vm))
            .with(
                "limit",
                Fact::Dec(cx.task.rlimit(RLIMIT_DATA) >> PAGE_SHIFT),
            )),
    }
}

/// 6.18's __mmap_prepare (mm/vma.c): gather what MAP_FIXED replaces (the
/// edge splits happen and stay), check the limits and charge the commit
/// net of the replaced VM_ACCOUNT pages, and only then clear the old
/// mappings, so a failed limit or charge keeps them. Returns the charge.
fn prepare_region_618(
    cx: &mut Ctx,
    file: Option<FileId>,
    addr: u64,
    end: u64,
    vm_flags: &mut u64,
) -> KResult<u64> {
    let npages = (end - addr) >> PAGE_SHIFT;
    let first = munmap_gather(cx, addr, end)?;
    let (mut overlap, mut accounted) = (0, 0);
    let mm = &cx.task.mm;
    let mut cur = first;
    while let Some(v) = cur.filter(|&v| mm.start(v) < end) {
        overlap += mm.pages(v);
        if mm.vma(v).flags & VM_ACCOUNT != 0 {
            accounted += mm.pages(v);
        }
        cur = mm.vmas().next(v);
    }
    check_may_expand(cx, *vm_flags, npages - overlap)?;
    let mut charged = 0;
    let accountable = accountable_mapping(cx, file, *vm_flags);
    if accountable {
        charged = npages - accounted;
        if charged != 0 {
            cx.trace.value(
                "__mmap_region",
                "private writable: charging commit net of what it replaces (pages)",
                charged,
            );
            vm_enough_memory(cx, charged, &checks::REGION_NO_COMMIT)?;
        }
        *vm_flags |= VM_ACCOUNT;
    }
    if let Some(first) = first {
        cx.trace.step(
            "__mmap_region",
            "MAP_FIXED: the checks passed; clearing what was in the range",
        );
        // The replaced pages' charge passes to the new mapping when it is accountable.
        munmap_clear(cx, first, end, !accountable);
    }
    Ok(charged)
}

/// accountable_mapping (mm/mmap.c:1590-1600).
fn accountable_mapping(cx: &Ctx, file: Option<FileId>, flags: u64) -> bool {
    if file.is_some_and(|f| cx.huge_size(f).is_some()) {
        return false;
    }
    flags & (VM_NORESERVE | VM_SHARED | VM_WRITE) == VM_WRITE
}

/// mmap_region (mm/mmap.c:1602-1765).
pub fn mmap_region(
    cx: &mut Ctx,
    file: Option<FileId>,
    addr: u64,
    len: u64,
    mut vm_flags: u64,
    pgoff: u64,
) -> KResult<u64> {
    let npages = len >> PAGE_SHIFT;
    let end = addr + len;
    let mut charged = 0;
    // 6.3+ mmap_region: "Check to see if MDWE is applicable", before
    // anything in the range is touched.
    if crate::engine::prctl::map_deny_write_exec(cx, vm_flags, vm_flags) {
        return Err(Refusal::new(&checks::MDWE_MMAP));
    }
    // 6.x mmap_region: "Map writable and ensure this isn't a sealed memfd",
    // before anything in the range is touched (4.12 asks later, below).
    if cx.world.profile().memfd_seal_mmap != SealMmap::SharedCounts
        && let Some(f) = file
    {
        memfd::mapping_map_writable(cx, f, vm_flags)?;
    }
    if cx.world.profile().fixed_checks_before_unmap {
        charged = prepare_region_618(cx, file, addr, end, &mut vm_flags)?;
    } else {
        // mm/mmap.c:1613-1625: the limit test forgives pages MAP_FIXED will replace.
        if may_expand_vm(cx, vm_flags, npages) != MayExpand::Yes {
            let overlap = count_vma_pages_range(&cx.task.mm, addr, end);
            check_may_expand(cx, vm_flags, npages - overlap)?;
        }
        // mm/mmap.c:1628-1632: clear what was there. From here on a failure leaves a hole.
        while cx
            .task
            .mm
            .find_vma(addr)
            .is_some_and(|v| cx.task.mm.start(v) < end)
        {
            cx.trace
                .step("mmap_region", "MAP_FIXED: unmapping what was in the range");
            if do_munmap(cx, addr, len).is_err() {
                // Any failure of the clearing munmap is reported as ENOMEM.
                return Err(Refusal::new(&checks::REGION_MUNMAP_FAILED));
            }
        }
        // mm/mmap.c:1637-1642
        if accountable_mapping(cx, file, vm_flags) {
            charged = npages;
            cx.trace.value(
                "mmap_region",
                "private writable: charging commit (pages)",
                charged,
            );
            vm_enough_memory(cx, charged, &checks::REGION_NO_COMMIT)?;
            vm_flags |= VM_ACCOUNT;
        }
    }
    // mm/mmap.c:1647-1650: merging is tried before the file's mmap method runs.
    let prev = cx.task.mm.find_prev(addr);
    let merged = if cx.world.profile().mmap_region_expand {
        mmap_region_expand(cx, prev, addr, end, vm_flags, file, pgoff)
    } else {
        vma_merge(cx, prev, addr, end, vm_flags, None, file, pgoff)
    };
    let (id, final_flags) = if let MergeResult::Merged(id) = merged {
        (id, vm_flags)
    } else {
        // mm/mmap.c:1657-1710: a new VMA, then the object behind it.
        let mut vma = Vma::anonymous(vm_flags, pgoff);
        // mm/mmap.c:1677-1681: 4.12 refuses a VM_SHARED mapping of a
        // write-sealed file here, after MAP_FIXED cleared the range.
        if cx.world.profile().memfd_seal_mmap == SealMmap::SharedCounts
            && let Some(f) = file
        {
            memfd::mapping_map_writable(cx, f, vm_flags)?;
        }
        if let Some(f) = file {
            // mm/mmap.c:1747-1764: on failure 4.12's unmap_and_free_vma resets
            // `charged` before the unacct, so a charge taken above stays;
            // 6.1's and later __mmap_region return it.
            if let Err(e) = call_mmap(cx, f, &mut vma, len) {
                if cx.world.profile().region_failure_uncharges && charged != 0 {
                    vm_unacct_memory(cx, charged);
                }
                return Err(e);
            }
        } else if vm_flags & VM_SHARED != 0
            && let Err(e) = shmem_zero_setup(cx, &mut vma, len)
        {
            if charged != 0 {
                vm_unacct_memory(cx, charged);
            }
            return Err(e);
        }
        let flags = vma.flags;
        let guard = cx.task.mm.tree_guard(flags);
        if let Some(f) = vma.file {
            cx.world.vfs.file_mut(f).vma_refs += 1;
            if memfd::counts_writable(cx, flags) {
                let inode = cx.world.vfs.file(f).inode;
                cx.world.vfs.inode_mut(inode).mmap_writable += 1;
            }
        }
        let id = cx.task.mm.insert_vma(prev, addr, end, guard, vma);
        cx.trace.value("mmap_region", "vma_link: a new VMA", addr);
        (id, flags)
    };
    // mm/mmap.c:1720-1729
    cx.task.mm.vm_stat_account(final_flags, npages as i64);
    if final_flags & VM_LOCKED != 0 {
        // 6.18 __mmap_complete (mm/vma.c) asks vma_supports_mlock, which also
        // refuses VM_DROPPABLE ("mm: prevent droppable mappings from being
        // locked", in 6.18.y): mlockall(MCL_FUTURE) never locks droppable
        // memory. 4.12 has no VM_DROPPABLE, so the test is inert there.
        // is_vm_hugetlb_page is the flag (an SHM_HUGETLB attach has it too).
        if final_flags & (VM_SPECIAL | VM_DROPPABLE | VM_HUGETLB) != 0 {
            cx.task.mm.vma_mut(id).flags &= !VM_LOCKED_MASK;
        } else {
            cx.task.mm.counters.locked_vm += npages;
        }
    }
    Ok(addr)
}

/// call_mmap: the file's mmap method (mm/mmap.c:1689) for the kinds modelled.
fn call_mmap(cx: &mut Ctx, f: FileId, vma: &mut Vma, len: u64) -> KResult<()> {
    vma.file = Some(f);
    match cx.file_mmap(f) {
        FileMmap::Regular if vma.flags & VM_SYNC != 0 => {
            // 6.18 ext4_file_mmap: VM_SYNC needs DAX (daxdev_mapping_supported).
            return Err(Refusal::new(&checks::EXT4_MAP_SYNC));
        }
        FileMmap::Regular => {
            cx.trace.step(
                "generic_file_mmap",
                "regular file: vm_ops set, no close method",
            );
            vma.ops = VmOps::File;
        }
        FileMmap::Shmem => {
            // 6.1.y shmem_mmap: seal_check_write.
            memfd::shmem_mmap_seal_check(cx, f, vma.flags)?;
            if let Some(shmid) = cx.world.vfs.file(f).shm_id {
                // shm_mmap (ipc/shm.c): one more attach, then the
                // segment's shmem_mmap under shm_vm_ops.
                crate::engine::shm::shm_open(cx, shmid);
                cx.trace
                    .step("shm_mmap", "SysV segment: shmem_mmap under shm_vm_ops");
                vma.ops = VmOps::Sysv;
            } else {
                cx.trace.step("shmem_mmap", "tmpfs file: shmem_vm_ops");
                vma.ops = VmOps::Shmem;
            }
        }
        FileMmap::DevZero => {
            if vma.flags & VM_SHARED != 0 {
                // drivers/char/mem.c:687-688: a shared /dev/zero mapping is shmem.
                cx.trace.step(
                    "mmap_zero",
                    "MAP_SHARED: shmem_zero_setup replaces the file",
                );
                shmem_zero_setup(cx, vma, len)?;
            } else {
                // A private /dev/zero mapping keeps the file but is anonymous memory.
                cx.trace
                    .step("mmap_zero", "MAP_PRIVATE: anonymous memory named /dev/zero");
                vma.ops = VmOps::None;
            }
        }
        FileMmap::Hugetlb => {
            hugetlbfs_file_mmap(cx, f, vma, len)?;
            if let Some(shmid) = cx.world.vfs.file(f).shm_id {
                // shm_mmap around an SHM_HUGETLB segment's hugetlbfs_file_mmap.
                crate::engine::shm::shm_open(cx, shmid);
                vma.ops = VmOps::Sysv;
            }
        }
        // do_mmap refused files without an mmap method (ENODEV) before this point.
        FileMmap::None => {}
    }
    Ok(())
}

/// hugetlbfs_file_mmap (fs/hugetlbfs/inode.c:121-172).
fn hugetlbfs_file_mmap(cx: &mut Ctx, f: FileId, vma: &mut Vma, len: u64) -> KResult<()> {
    let huge = cx.huge_size(f).unwrap_or(2 << 20);
    vma.flags |= VM_HUGETLB | VM_DONTEXPAND;
    vma.ops = VmOps::Hugetlb;
    // inode.c:146
    if vma.pgoff & ((huge >> PAGE_SHIFT) - 1) != 0 {
        return Err(Refusal::new(&checks::HUGETLB_PGOFF_UNALIGNED));
    }
    // inode.c:159-163: hugetlb_reserve_pages, skipped for VM_NORESERVE. A
    // shared mapping reserves in the inode's reserve map, so only the pages
    // of its range not reserved or committed there yet (region_chg); a
    // private one reserves all of its own.
    if vma.flags & VM_NORESERVE == 0 {
        let shared = vma.flags & VM_MAYSHARE != 0;
        let order = (huge >> PAGE_SHIFT).trailing_zeros();
        let (from, to) = (vma.pgoff >> order, (vma.pgoff >> order) + len / huge);
        let need = if shared {
            let inode = cx.world.vfs.file(f).inode;
            (to - from) - cx.world.vfs.inode(inode).resv.count_in(from, to)
        } else {
            len / huge
        };
        let free = if huge == 2 << 20 {
            cx.world.huge_free
        } else {
            0
        };
        if need > free {
            let held = match cx.world.fput_pending.huge {
                0 => String::new(),
                n => format!(
                    "; {n} more is still held by what this call unmapped, until the call returns (fput is deferred)"
                ),
            };
            return Err(Refusal::new(&checks::HUGETLB_NO_RESERVE)
                .with("need", Fact::Dec(need))
                .with("free", Fact::Dec(free))
                .with("held", Fact::Path(held)));
        }
        cx.world.huge_free -= need;
        if shared {
            let inode = cx.world.vfs.file(f).inode;
            cx.world.vfs.inode_mut(inode).resv.insert(from, to);
        } else {
            cx.world.vfs.file_mut(f).reserved_huge += need;
        }
        cx.trace
            .value("hugetlb_reserve_pages", "huge pages reserved", need);
    }
    Ok(())
}

/// shmem_zero_setup (mm/shmem.c:4220-4247): a fresh unlinked tmpfs object
/// named `dev/zero` becomes the VMA's file; its size is charged once.
fn shmem_zero_setup(cx: &mut Ctx, vma: &mut Vma, len: u64) -> KResult<()> {
    let pages = len >> PAGE_SHIFT;
    // shmem_acct_size (mm/shmem.c:144-148)
    let charged = if vma.flags & VM_NORESERVE == 0 {
        vm_enough_memory(cx, pages, &checks::SHMEM_NO_COMMIT)?;
        pages
    } else {
        0
    };
    let vfs = &mut cx.world.vfs;
    let inode = vfs.add_internal_object("/dev/zero", InodeKind::ShmemObject, len, 0);
    // shmem_kernel_file_setup(..., vma->vm_flags): a VM_NORESERVE object is
    // charged page by page as it is faulted in instead (mm/shmem.c:4220-4247).
    vfs.inode_mut(inode).acct_by_page = vma.flags & VM_NORESERVE != 0;
    let file = vfs.open_file(inode, FMODE_READ | FMODE_WRITE, O_RDWR);
    vfs.file_mut(file).charged_pages = charged;
    vma.file = Some(file);
    vma.ops = VmOps::Shmem;
    cx.trace.value(
        "shmem_zero_setup",
        "a new shmem object /dev/zero (deleted), charged pages",
        charged,
    );
    Ok(())
}

/// Drop a VMA's reference to its file. The last reference to a shmem or
/// hugetlb object frees it, with its charge, its reservation and the pages
/// it allocated (fput → shmem_evict_inode, hugetlbfs_evict_inode); but fput
/// only queues that work for the task's return to user space (task_work,
/// fs/file_table.c), so what a MAP_FIXED replaces is still held while the
/// new mapping asks for its own: [`World::fput_pending`], released by
/// `Machine::syscall` when the call returns.
pub fn vma_file_put(cx: &mut Ctx, vma: &Vma) {
    let Some(f) = vma.file else { return };
    let writable = memfd::counts_writable(cx, vma.flags);
    let vfs = &mut cx.world.vfs;
    let inode = vfs.file(f).inode;
    if writable {
        let i = vfs.inode_mut(inode);
        i.mmap_writable = i.mmap_writable.saturating_sub(1);
    }
    let file = vfs.file_mut(f);
    file.vma_refs -= 1;
    if file.vma_refs == 0 {
        let charged = std::mem::take(&mut file.charged_pages);
        let huge = std::mem::take(&mut file.reserved_huge);
        let pending = &mut cx.world.fput_pending;
        pending.pages += charged;
        pending.huge += huge;
        if !cx.task.fds.contains(&Some(f)) {
            release_unlinked(cx, inode);
        }
    }
    // shm_close: one attach less.
    if let Some(shmid) = cx.world.vfs.file(f).shm_id {
        crate::engine::shm::shm_close(cx, shmid);
    }
}

/// The last reference to an unlinked object went (its last mapping, or its
/// last descriptor: shared anonymous memory, MAP_HUGETLB, a memfd, an
/// O_TMPFILE file): iput evicts it and its pages go, with their charge,
/// and for hugetlb what its reserve map still holds unfaulted
/// (shmem_evict_inode, hugetlbfs_evict_inode). At the return to user space,
/// as every fput.
pub fn release_unlinked(cx: &mut Ctx, inode: InodeId) {
    let on_hugetlbfs = cx
        .world
        .vfs
        .inode_mount(inode)
        .is_some_and(|m| m.fstype == FsType::Hugetlbfs);
    let i = cx.world.vfs.inode_mut(inode);
    if i.ipc_held {
        return;
    }
    let object = matches!(i.kind, InodeKind::ShmemObject | InodeKind::AnonHuge);
    let tmpfile = i.kind == InodeKind::Regular && i.unlinked;
    if !(object || tmpfile) {
        return;
    }
    let huge = i.kind == InodeKind::AnonHuge || on_hugetlbfs;
    let pages = if huge {
        i.alloced.union_count(&i.resv)
    } else {
        i.alloced.count()
    };
    let acct = i.acct_by_page;
    i.alloced.clear();
    i.resv.clear();
    let pending = &mut cx.world.fput_pending;
    if huge {
        pending.huge += pages;
    } else if acct {
        pending.pages += pages;
    }
}

/// Take another reference for a VMA that now shares the file (a split).
pub fn vma_file_get(cx: &mut Ctx, vma: &Vma) {
    if let Some(f) = vma.file {
        let writable = memfd::counts_writable(cx, vma.flags);
        let vfs = &mut cx.world.vfs;
        vfs.file_mut(f).vma_refs += 1;
        if writable {
            let inode = vfs.file(f).inode;
            vfs.inode_mut(inode).mmap_writable += 1;
        }
        // shm_open: a copy of an attach's VMA is an attach too.
        if let Some(shmid) = vfs.file(f).shm_id {
            crate::engine::shm::shm_open(cx, shmid);
        }
    }
}
