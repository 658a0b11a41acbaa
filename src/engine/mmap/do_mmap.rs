//! The x86-64 mmap entry, sys_mmap_pgoff and do_mmap, with their helpers
//! (mm/mmap.c:1290-1522).

use super::get_unmapped_area;
use super::mmap_region;
use crate::engine::checks;
use crate::engine::ctx::{Ctx, FileMmap};
use crate::engine::fs::{FMODE_PATH, FMODE_READ, FMODE_WRITE, FileId, InodeKind};
use crate::engine::locks;
use crate::engine::profile::Profile;
use crate::engine::refusal::{Fact, KResult, Refusal, refuse};
use crate::engine::util::vm_mmap_pgoff;
use crate::engine::vma::*;
use crate::uapi::*;

/// SYSCALL_DEFINE6(mmap) on x86-64 (arch/x86/kernel/sys_x86_64.c:89-101).
pub fn sys_mmap(
    cx: &mut Ctx,
    addr: u64,
    len: u64,
    prot: u64,
    flags: u64,
    fd: u64,
    off: u64,
) -> KResult<u64> {
    cx.trace
        .step("sys_mmap", "x86-64 entry: the offset must be page aligned");
    // sys_x86_64.c:95: the very first check, before the descriptor is looked at.
    if off & !PAGE_MASK != 0 {
        return Err(Refusal::new(&checks::MMAP_OFFSET_UNALIGNED).with("off", Fact::Hex(off)));
    }
    sys_mmap_pgoff(cx, addr, len, prot, flags, fd, off >> PAGE_SHIFT)
}

/// sys_mmap_pgoff (mm/mmap.c:1475-1522): descriptor lookup, MAP_HUGETLB, and
/// the flags it drops.
pub fn sys_mmap_pgoff(
    cx: &mut Ctx,
    addr: u64,
    mut len: u64,
    prot: u64,
    mut flags: u64,
    fd: u64,
    pgoff: u64,
) -> KResult<u64> {
    let file: Option<FileId>;
    if flags & MAP_ANONYMOUS == 0 {
        cx.trace.value(
            "sys_mmap_pgoff",
            "file mapping: look up fd",
            fd as u32 as u64,
        );
        // mm/mmap.c:1484-1486: fget() takes an unsigned int and skips O_PATH files.
        let f = match cx.task.fd_file(fd) {
            Some(f) => f,
            None => {
                return Err(
                    Refusal::new(&checks::MMAP_BAD_FD).with("fd", Fact::Dec(fd as u32 as u64))
                );
            }
        };
        if cx.world.vfs.file(f).fmode & FMODE_PATH != 0 {
            return Err(Refusal::new(&checks::MMAP_PATH_FD).with("fd", Fact::Dec(fd as u32 as u64)));
        }
        // mm/mmap.c:1487: hugetlbfs files round the length to their page size.
        if let Some(huge) = cx.huge_size(f) {
            len = align_up(len, huge);
            cx.trace.value(
                "sys_mmap_pgoff",
                "hugetlbfs file: length rounded to the huge page size",
                len,
            );
        } else if flags & MAP_HUGETLB != 0 {
            // mm/mmap.c:1490
            return Err(Refusal::new(&checks::MMAP_HUGETLB_NOT_HUGETLBFS)
                .with("fd", Fact::Dec(fd as u32 as u64)));
        }
        file = Some(f);
    } else if flags & MAP_HUGETLB != 0 {
        // mm/mmap.c:1492-1513: anonymous huge pages come from an unlinked hugetlbfs file.
        let log = (flags >> MAP_HUGE_SHIFT) & MAP_HUGE_MASK;
        let huge = match log {
            0 | 21 => 2 << 20,
            30 => 1 << 30,
            _ => {
                return Err(
                    Refusal::new(&checks::MMAP_HUGETLB_BAD_SIZE).with("log", Fact::Dec(log))
                );
            }
        };
        len = align_up(len, huge);
        cx.trace.value(
            "sys_mmap_pgoff",
            "MAP_HUGETLB: hugetlb_file_setup makes /anon_hugepage",
            len,
        );
        let vfs = &mut cx.world.vfs;
        let inode = vfs.add_internal_object("/anon_hugepage", InodeKind::AnonHuge, len, huge);
        file = Some(vfs.open_file(inode, FMODE_READ | FMODE_WRITE, O_RDWR));
    } else {
        cx.trace
            .step("sys_mmap_pgoff", "MAP_ANONYMOUS: the descriptor is ignored");
        file = None;
    }
    // mm/mmap.c:1515: MAP_EXECUTABLE and MAP_DENYWRITE are silently dropped.
    flags &= !(MAP_EXECUTABLE | MAP_DENYWRITE);
    vm_mmap_pgoff(cx, file, addr, len, prot, flags, pgoff)
}

fn align_up(x: u64, to: u64) -> u64 {
    x.wrapping_add(to - 1) & !(to - 1)
}

/// round_hint_to_min (mm/mmap.c:1290-1297).
fn round_hint_to_min(cx: &Ctx, hint: u64) -> u64 {
    let hint = hint & PAGE_MASK;
    // The kernel-internal mmap_min_addr (with CONFIG_LSM_MMAP_MIN_ADDR).
    let min = cx.world.mmap_min_addr();
    if hint != 0 && hint < min {
        return page_align(min);
    }
    hint
}

/// calc_vm_prot_bits (include/linux/mman.h:72): pkey 0 adds nothing.
pub fn calc_vm_prot_bits(prot: u64) -> u64 {
    let mut f = 0;
    if prot & PROT_READ != 0 {
        f |= VM_READ;
    }
    if prot & PROT_WRITE != 0 {
        f |= VM_WRITE;
    }
    if prot & PROT_EXEC != 0 {
        f |= VM_EXEC;
    }
    f
}

/// calc_vm_flag_bits (include/linux/mman.h:84). 6.18 also maps MAP_SYNC to
/// VM_SYNC and MAP_STACK to VM_NOHUGEPAGE (include/linux/mman.h, 4.15/6.7).
fn calc_vm_flag_bits(flags: u64, p: &Profile) -> u64 {
    let mut f = 0;
    if p.modern_map_flags && flags & MAP_SYNC != 0 {
        f |= VM_SYNC;
    }
    if p.map_stack_nohugepage && flags & MAP_STACK != 0 {
        f |= VM_NOHUGEPAGE;
    }
    if flags & MAP_GROWSDOWN != 0 {
        f |= VM_GROWSDOWN;
    }
    if flags & MAP_DENYWRITE != 0 {
        f |= VM_DENYWRITE;
    }
    if flags & MAP_LOCKED != 0 {
        f |= VM_LOCKED;
    }
    f
}

/// LEGACY_MAP_MASK (include/linux/mman.h, 6.18): the flags MAP_SHARED_VALIDATE
/// accepts (MAP_ABOVE4G from 6.6).
const LEGACY_MAP_MASK: u64 = MAP_SHARED
    | MAP_PRIVATE
    | MAP_FIXED
    | MAP_ANONYMOUS
    | MAP_DENYWRITE
    | MAP_EXECUTABLE
    | MAP_UNINITIALIZED
    | MAP_GROWSDOWN
    | MAP_LOCKED
    | MAP_NORESERVE
    | MAP_POPULATE
    | MAP_NONBLOCK
    | MAP_STACK
    | MAP_HUGETLB
    | MAP_32BIT
    | MAP_ABOVE4G
    | (MAP_HUGE_MASK << MAP_HUGE_SHIFT) & !(1 << 31);

/// file_mmap_ok (mm/mmap.c, 4.17+): the range must fit the file's maximum
/// offset: MAX_LFS_FILESIZE for regular files, ULONG_MAX for devices.
fn file_mmap_ok(cx: &Ctx, f: FileId, pgoff: u64, len: u64) -> KResult<()> {
    let max: u64 = match cx.file_mmap(f) {
        FileMmap::DevZero | FileMmap::None => u64::MAX,
        _ => i64::MAX as u64,
    };
    if len > max || pgoff > (max - len) >> PAGE_SHIFT {
        return Err(Refusal::new(&checks::FILE_MMAP_OK_EOVERFLOW).with("pgoff", Fact::Hex(pgoff)));
    }
    Ok(())
}

/// can_do_mlock (mm/mlock.c:28-35).
pub fn can_do_mlock(cx: &Ctx) -> bool {
    cx.task.rlimit(RLIMIT_MEMLOCK) != 0 || cx.task.capable(CAP_IPC_LOCK)
}

/// mlock_future_check (mm/mmap.c:1299-1315).
pub fn mlock_future_check(cx: &Ctx, flags: u64, len: u64) -> KResult<()> {
    if flags & VM_LOCKED != 0 {
        let locked = (len >> PAGE_SHIFT).wrapping_add(cx.task.mm.counters.locked_vm);
        let limit = cx.task.rlimit(RLIMIT_MEMLOCK) >> PAGE_SHIFT;
        // 6.18's mlock_future_ok asks capable() first, 4.12 only over the limit.
        // capable() records that it was asked, so the order is the kernel's.
        let refused = if cx.world.profile().mlock_capable_first {
            let capable = cx.task.capable(CAP_IPC_LOCK);
            !capable && locked > limit
        } else {
            locked > limit && !cx.task.capable(CAP_IPC_LOCK)
        };
        if refused {
            return Err(Refusal::new(&checks::DO_MMAP_MLOCK_LIMIT)
                .with("pages", Fact::Dec(len >> PAGE_SHIFT))
                .with("locked", Fact::Dec(cx.task.mm.counters.locked_vm))
                .with("limit", Fact::Dec(limit)));
        }
    }
    Ok(())
}

fn accmode_fact(fmode: u32) -> Fact {
    Fact::Text(match fmode & (FMODE_READ | FMODE_WRITE) {
        FMODE_READ => "O_RDONLY",
        FMODE_WRITE => "O_WRONLY",
        0 => "with access mode 3 (neither read nor write)",
        _ => "O_RDWR",
    })
}

/// do_mmap (mm/mmap.c:1320-1473). Returns the address and how much to populate.
#[allow(clippy::too_many_arguments)]
pub fn do_mmap(
    cx: &mut Ctx,
    file: Option<FileId>,
    addr: u64,
    len: u64,
    mut prot: u64,
    flags: u64,
    mut pgoff: u64,
    populate: &mut u64,
) -> KResult<u64> {
    *populate = 0;
    let profile = cx.world.profile();
    let mut flags = flags;
    // mm/mmap.c:1331
    if len == 0 {
        return refuse(&checks::DO_MMAP_ZERO_LEN);
    }
    // mm/mmap.c:1340-1342: READ_IMPLIES_EXEC, unless the file is on a noexec mount.
    if prot & PROT_READ != 0
        && cx.task.personality & READ_IMPLIES_EXEC != 0
        && !file.is_some_and(|f| cx.world.vfs.path_noexec(f))
    {
        prot |= PROT_EXEC;
        cx.trace.step("do_mmap", "READ_IMPLIES_EXEC adds PROT_EXEC");
    }
    // 6.18 (mm/mmap.c do_mmap): MAP_FIXED_NOREPLACE implies MAP_FIXED, so
    // the address is neither rounded nor treated as a hint.
    if profile.modern_map_flags && flags & MAP_FIXED_NOREPLACE != 0 {
        flags |= MAP_FIXED;
    }
    // mm/mmap.c:1344-1345
    let mut addr = addr;
    if flags & MAP_FIXED == 0 {
        addr = round_hint_to_min(cx, addr);
    }
    // mm/mmap.c:1348-1350
    let len_aligned = page_align(len);
    if len_aligned == 0 {
        return Err(Refusal::new(&checks::DO_MMAP_LEN_OVERFLOW).with("len", Fact::Hex(len)));
    }
    let len = len_aligned;
    // mm/mmap.c:1353-1354
    if pgoff.checked_add(len >> PAGE_SHIFT).is_none() {
        return refuse(&checks::DO_MMAP_PGOFF_OVERFLOW);
    }
    // mm/mmap.c:1357-1358: strictly greater, and before any merge is considered.
    let count = cx.task.mm.map_count();
    if count > cx.world.sys.max_map_count {
        return Err(Refusal::new(&checks::DO_MMAP_MAP_COUNT)
            .with("count", Fact::Dec(count))
            .with("max", Fact::Dec(cx.world.sys.max_map_count)));
    }
    // mm/mmap.c:1367-1378: no PKU, so execute_only_pkey is 0 and adds nothing.
    // (6.18 computes vm_flags before choosing the address; nothing reads
    // them in between except the THP rule, which the allocator applies.)
    let mut vm_flags = calc_vm_prot_bits(prot)
        | calc_vm_flag_bits(flags, profile)
        | cx.task.mm.def_flags
        | VM_MAYREAD
        | VM_MAYWRITE
        | VM_MAYEXEC;

    // mm/mmap.c:1363-1365: the address is chosen before the type and permission checks.
    addr = get_unmapped_area(cx, file, addr, len, pgoff, flags)?;
    cx.trace.value("do_mmap", "get_unmapped_area chose", addr);

    // 6.18 (mm/mmap.c do_mmap, 4.17+): MAP_FIXED_NOREPLACE refuses to replace.
    if profile.modern_map_flags && flags & MAP_FIXED_NOREPLACE != 0 {
        let mm = &cx.task.mm;
        if mm.find_vma(addr).is_some_and(|v| mm.start(v) < addr + len) {
            return Err(Refusal::new(&checks::DO_MMAP_NOREPLACE_EEXIST)
                .with("addr", Fact::Hex(addr))
                .with("len", Fact::Hex(len)));
        }
    }

    // mm/mmap.c:1380-1382
    if flags & MAP_LOCKED != 0 && !can_do_mlock(cx) {
        return refuse(&checks::DO_MMAP_LOCKED_EPERM);
    }
    // mm/mmap.c:1384-1385
    mlock_future_check(cx, vm_flags, len)?;

    let map_type = flags & MAP_TYPE;
    if let Some(f) = file {
        let (fmode, path, append) = {
            let vfs = &cx.world.vfs;
            let inode = vfs.file_inode(f);
            (vfs.file(f).fmode, inode.path.clone(), inode.append)
        };
        let fd_fact =
            || Fact::Dec(cx.task.fds.iter().position(|x| *x == Some(f)).unwrap_or(0) as u64);
        if profile.file_mmap_ok {
            file_mmap_ok(cx, f, pgoff, len)?;
        }
        // 6.18: MAP_SHARED_VALIDATE is MAP_SHARED that refuses unknown bits.
        let shared_types: &[u64] = if profile.modern_map_flags {
            &[MAP_SHARED, MAP_SHARED_VALIDATE]
        } else {
            &[MAP_SHARED]
        };
        match map_type {
            t if t == MAP_PRIVATE || shared_types.contains(&t) => {
                if t != MAP_PRIVATE && profile.modern_map_flags {
                    // LEGACY_MAP_MASK (include/linux/mman.h), plus MAP_SYNC for
                    // FOP_MMAP_SYNC files (ext4 sets it; tmpfs does not).
                    let mut mask = LEGACY_MAP_MASK;
                    if !profile.map_above4g {
                        mask &= !MAP_ABOVE4G;
                    }
                    if cx.file_mmap(f) == FileMmap::Regular {
                        mask |= MAP_SYNC;
                    }
                    let unknown = flags & !mask & !MAP_TYPE;
                    if t == MAP_SHARED_VALIDATE && unknown != 0 {
                        return Err(Refusal::new(&checks::DO_MMAP_VALIDATE_EOPNOTSUPP)
                            .with("bits", Fact::Hex(unknown)));
                    }
                }
                if t != MAP_PRIVATE {
                    cx.trace.step("do_mmap", "MAP_SHARED file checks");
                    // mm/mmap.c:1392
                    if prot & PROT_WRITE != 0 && fmode & FMODE_WRITE == 0 {
                        return Err(Refusal::new(&checks::DO_MMAP_SHARED_WRITE_NO_FMODE_WRITE)
                            .with("fd", fd_fact())
                            .with("accmode", accmode_fact(fmode)));
                    }
                    // mm/mmap.c:1399: an append-only file opened for writing, whatever prot is.
                    if append && fmode & FMODE_WRITE != 0 {
                        return Err(Refusal::new(&checks::DO_MMAP_SHARED_APPEND)
                            .with("path", Fact::Path(path))
                            .with("fd", fd_fact()));
                    }
                    // mm/mmap.c:1405: locks_verify_locked (mandatory locking is
                    // gone since 5.15: 6.18 has no such check).
                    if profile.mandatory_locking && locks::mandatory_lock_conflict(cx, f) {
                        return Err(Refusal::new(&checks::DO_MMAP_MANDATORY_LOCK)
                            .with("path", Fact::Path(path)));
                    }
                    vm_flags |= VM_SHARED | VM_MAYSHARE;
                    if fmode & FMODE_WRITE == 0 {
                        vm_flags &= !(VM_MAYWRITE | VM_SHARED);
                    }
                }
                cx.trace.step("do_mmap", "MAP_PRIVATE file checks");
                // mm/mmap.c:1414
                if fmode & FMODE_READ == 0 {
                    return Err(Refusal::new(&checks::DO_MMAP_PRIVATE_NO_FMODE_READ)
                        .with("fd", fd_fact())
                        .with("accmode", accmode_fact(fmode)));
                }
                // mm/mmap.c:1416-1420
                if cx.world.vfs.path_noexec(f) {
                    if vm_flags & VM_EXEC != 0 {
                        return Err(
                            Refusal::new(&checks::DO_MMAP_NOEXEC).with("path", Fact::Path(path))
                        );
                    }
                    vm_flags &= !VM_MAYEXEC;
                }
                // mm/mmap.c:1422
                if cx.file_mmap(f) == FileMmap::None {
                    return Err(Refusal::new(&checks::DO_MMAP_NO_MMAP_METHOD)
                        .with("path", Fact::Path(path)));
                }
                // mm/mmap.c:1424
                if vm_flags & VM_GROWSDOWN != 0 {
                    return refuse(&checks::DO_MMAP_FILE_GROWSDOWN);
                }
            }
            // mm/mmap.c:1428
            _ => {
                return Err(
                    Refusal::new(&checks::DO_MMAP_FILE_BAD_TYPE).with("type", Fact::Dec(map_type))
                );
            }
        }
        // 6.x: a write-sealed file's shared mapping (6.12
        // memfd_check_seals_mmap; 6.1.y is_readonly_sealed).
        crate::engine::memfd::memfd_check_seals_mmap(cx, f, &mut vm_flags)?;
    } else {
        match map_type {
            MAP_SHARED => {
                // mm/mmap.c:1434
                if vm_flags & VM_GROWSDOWN != 0 {
                    return refuse(&checks::DO_MMAP_ANON_SHARED_GROWSDOWN);
                }
                // mm/mmap.c:1439-1440: the shmem object starts at offset 0.
                pgoff = 0;
                vm_flags |= VM_SHARED | VM_MAYSHARE;
            }
            MAP_DROPPABLE if profile.map_droppable => {
                // 6.18 (mm/mmap.c do_mmap, 6.11+): droppable memory can be
                // neither locked, huge, nor a stack; it is never reserved.
                if flags & (MAP_LOCKED | MAP_HUGETLB) != 0 || vm_flags & VM_GROWSDOWN != 0 {
                    return refuse(&checks::DO_MMAP_DROPPABLE_EINVAL);
                }
                vm_flags |= VM_DROPPABLE | VM_NORESERVE | VM_WIPEONFORK | VM_DONTDUMP;
                pgoff = addr >> PAGE_SHIFT;
            }
            MAP_PRIVATE => {
                // mm/mmap.c:1446
                pgoff = addr >> PAGE_SHIFT;
            }
            // mm/mmap.c:1448
            _ => {
                return Err(
                    Refusal::new(&checks::DO_MMAP_ANON_BAD_TYPE).with("type", Fact::Dec(map_type))
                );
            }
        }
    }

    // mm/mmap.c:1457-1465
    if flags & MAP_NORESERVE != 0 {
        if cx.world.sys.overcommit_memory != 2 {
            vm_flags |= VM_NORESERVE;
        }
        if file.is_some_and(|f| cx.huge_size(f).is_some()) {
            vm_flags |= VM_NORESERVE;
        }
    }

    let addr = mmap_region(cx, file, addr, len, vm_flags, pgoff)?;
    // mm/mmap.c:1468-1471
    if vm_flags & VM_LOCKED != 0 || flags & (MAP_POPULATE | MAP_NONBLOCK) == MAP_POPULATE {
        *populate = len;
    }
    Ok(addr)
}
