//! mm/memfd.c: memfd_create and file seals (4.12: mm/shmem.c:2697-2798
//! shmem_add_seals, shmem_get_seals and :3630-3692 memfd_create; 4.16
//! moved them to mm/memfd.c). A memfd is an unlinked shmem (or, with
//! MFD_HUGETLB, hugetlbfs) object named `memfd:NAME`, held by its
//! descriptor and its mappings. Seals are per inode: F_SEAL_SEAL forbids
//! more seals, F_SEAL_SHRINK and F_SEAL_GROW the size changing, F_SEAL_WRITE
//! (and 5.1's F_SEAL_FUTURE_WRITE) shared writable mappings, 6.3's
//! F_SEAL_EXEC the mode's exec bits.

use super::checks;
use super::ctx::Ctx;
use super::fs::{FMODE_READ, FMODE_WRITE, FileId, FsType, InodeId, InodeKind};
use super::profile::SealMmap;
use super::refusal::{Fact, KResult, Refusal, refuse};
use super::vma::*;
use crate::uapi::*;

const F: &str = "memfd_create";

/// "memfd:" and NAME_MAX: the name after the prefix is at most 249 bytes.
const MFD_NAME_PREFIX: &str = "memfd:";
const MFD_NAME_MAX_LEN: usize = 255 - MFD_NAME_PREFIX.len();

/// The seals F_ADD_SEALS knows (F_ALL_SEALS): FUTURE_WRITE from 5.1, EXEC
/// from 6.3.
fn all_seals(cx: &Ctx) -> u64 {
    let p = cx.world.profile();
    let mut all = F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE;
    if p.seal_future_write {
        all |= F_SEAL_FUTURE_WRITE;
    }
    if p.memfd_noexec {
        all |= F_SEAL_EXEC;
    }
    all
}

/// memfd_create (4.12 mm/shmem.c:3630-3692; 6.x mm/memfd.c).
pub fn sys_memfd_create(cx: &mut Ctx, name: Option<&str>, flags: u64) -> KResult<u64> {
    let p = *cx.world.profile();
    // `unsigned int flags`.
    let mut flags = flags & 0xffff_ffff;
    let mut all = MFD_CLOEXEC | MFD_ALLOW_SEALING;
    if p.memfd_hugetlb {
        all |= MFD_HUGETLB;
    }
    if p.memfd_noexec {
        all |= MFD_NOEXEC_SEAL | MFD_EXEC;
    }
    // 4.14+: MFD_HUGETLB lets the huge page size be encoded in the flags.
    let allowed = if p.memfd_hugetlb && flags & MFD_HUGETLB != 0 {
        all | (MFD_HUGE_MASK << MFD_HUGE_SHIFT)
    } else {
        all
    };
    if flags & !allowed != 0 {
        return Err(Refusal::new(&checks::MEMFD_BAD_FLAGS).with("flags", Fact::Hex(flags)));
    }
    if p.memfd_noexec {
        // 6.3+: not both.
        if flags & MFD_EXEC != 0 && flags & MFD_NOEXEC_SEAL != 0 {
            return refuse(&checks::MEMFD_EXEC_AND_NOEXEC);
        }
        // check_sysctl_memfd_noexec: vm.memfd_noexec picks for neither (1
        // and 2: MFD_NOEXEC_SEAL), and 2 refuses anything else.
        let scope = cx.world.sys.memfd_noexec;
        if flags & (MFD_EXEC | MFD_NOEXEC_SEAL) == 0 {
            flags |= if scope >= 1 {
                MFD_NOEXEC_SEAL
            } else {
                MFD_EXEC
            };
        }
        if flags & MFD_NOEXEC_SEAL == 0 && scope >= 2 {
            return Err(
                Refusal::new(&checks::MEMFD_NOEXEC_ENFORCED).with("scope", Fact::Dec(scope))
            );
        }
    }
    // strnlen_user: a name that is not a string in memory faults.
    let Some(name) = name else {
        return refuse(&checks::MEMFD_NAME_FAULT);
    };
    if name.len() > MFD_NAME_MAX_LEN {
        return Err(
            Refusal::new(&checks::MEMFD_NAME_TOO_LONG).with("len", Fact::Dec(name.len() as u64))
        );
    }
    // get_unused_fd_flags
    let fd = cx.task.lowest_free_fd();
    if fd >= cx.task.rlimit(RLIMIT_NOFILE) {
        return Err(Refusal::new(&checks::ALLOC_FD_EMFILE)
            .with("fd", Fact::Dec(fd))
            .with("limit", Fact::Dec(cx.task.rlimit(RLIMIT_NOFILE))));
    }
    let path = format!("/{MFD_NAME_PREFIX}{name}");
    let inode = if flags & MFD_HUGETLB != 0 {
        // hugetlb_file_setup: the hstate the encoded size names.
        let log = (flags >> MFD_HUGE_SHIFT) & MFD_HUGE_MASK;
        let huge = match log {
            0 | 21 => 2 << 20,
            30 => 1 << 30,
            _ => {
                return Err(Refusal::new(&checks::MEMFD_NO_SUCH_HSTATE).with("log", Fact::Dec(log)));
            }
        };
        cx.world
            .vfs
            .add_internal_object(&path, InodeKind::AnonHuge, 0, huge)
    } else {
        // shmem_file_setup(name, 0, VM_NORESERVE): charged page by page.
        let id = cx
            .world
            .vfs
            .add_internal_object(&path, InodeKind::ShmemObject, 0, 0);
        cx.world.vfs.inode_mut(id).acct_by_page = true;
        id
    };
    {
        let i = cx.world.vfs.inode_mut(inode);
        // shmem_file_setup makes it S_IRWXUGO.
        i.mode = 0o777;
        if flags & MFD_NOEXEC_SEAL != 0 {
            i.mode &= !0o111;
            i.seals = (i.seals & !F_SEAL_SEAL) | F_SEAL_EXEC;
        } else if flags & MFD_ALLOW_SEALING != 0 {
            i.seals &= !F_SEAL_SEAL;
        }
    }
    let file = cx
        .world
        .vfs
        .open_file(inode, FMODE_READ | FMODE_WRITE, O_RDWR | O_LARGEFILE);
    cx.trace
        .value(F, "a new unlinked shmem object; its descriptor", fd);
    Ok(cx.task.install_fd(file))
}

/// memfd_file_seals_ptr: the seals of a shmem file, and (4.14+) of a
/// hugetlbfs one; other files have none.
pub fn memfd_file_seals(cx: &Ctx, f: FileId) -> Option<u64> {
    let vfs = &cx.world.vfs;
    let inode = vfs.file(f).inode;
    shmem_or_hugetlbfs(cx, inode).then(|| vfs.inode(inode).seals)
}

fn shmem_or_hugetlbfs(cx: &Ctx, inode: InodeId) -> bool {
    let vfs = &cx.world.vfs;
    let i = vfs.inode(inode);
    let fs = vfs.inode_mount(inode).map(|m| m.fstype);
    match i.kind {
        InodeKind::ShmemObject => true,
        InodeKind::AnonHuge => cx.world.profile().memfd_hugetlb,
        InodeKind::Regular => match fs {
            Some(FsType::Tmpfs) => true,
            Some(FsType::Hugetlbfs) => cx.world.profile().memfd_hugetlb,
            _ => false,
        },
        _ => false,
    }
}

/// fcntl's F_ADD_SEALS and F_GET_SEALS (4.12 shmem_fcntl; 6.x memfd_fcntl).
pub fn memfd_fcntl(cx: &mut Ctx, f: FileId, cmd: u64, arg: u64) -> KResult<u64> {
    if cmd == F_GET_SEALS {
        return memfd_file_seals(cx, f).ok_or_else(|| Refusal::new(&checks::SEALS_GET_NOT_SHMEM));
    }
    memfd_add_seals(cx, f, arg & 0xffff_ffff)
}

/// memfd_add_seals (6.x mm/memfd.c; 4.12 shmem_add_seals, mm/shmem.c:2697-2765).
fn memfd_add_seals(cx: &mut Ctx, f: FileId, seals: u64) -> KResult<u64> {
    let inode = cx.world.vfs.file(f).inode;
    let writable = cx.world.vfs.file(f).fmode & FMODE_WRITE != 0;
    let sealable = shmem_or_hugetlbfs(cx, inode);
    // 4.12 asks what the file is first; mm/memfd.c (4.16+) asks for
    // FMODE_WRITE and the seal bits first.
    if !cx.world.profile().memfd_hugetlb && !sealable {
        return refuse(&checks::SEALS_NOT_SHMEM);
    }
    if !writable {
        return refuse(&checks::SEALS_NOT_WRITABLE);
    }
    if seals & !all_seals(cx) != 0 {
        return Err(Refusal::new(&checks::SEALS_UNKNOWN).with("seals", Fact::Hex(seals)));
    }
    if !sealable {
        return refuse(&checks::SEALS_NOT_SHMEM);
    }
    let current = cx.world.vfs.inode(inode).seals;
    if current & F_SEAL_SEAL != 0 {
        return refuse(&checks::SEALS_SEALED);
    }
    let mut seals = seals;
    if seals & F_SEAL_WRITE != 0 && current & F_SEAL_WRITE == 0 {
        // mapping_deny_writable: not while a shared writable mapping exists.
        let maps = cx.world.vfs.inode(inode).mmap_writable;
        if maps > 0 {
            return Err(
                Refusal::new(&checks::SEALS_WRITE_MAPPED).with("count", Fact::Dec(u64::from(maps)))
            );
        }
        cx.world.vfs.inode_mut(inode).write_denied = true;
    }
    // 6.3+: F_SEAL_EXEC on a file with exec bits implies the write seals
    // (without denying writable mappings: only the seal bits).
    if seals & F_SEAL_EXEC != 0 && cx.world.vfs.inode(inode).mode & 0o111 != 0 {
        seals |= F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_FUTURE_WRITE;
    }
    cx.world.vfs.inode_mut(inode).seals |= seals;
    cx.trace
        .value("memfd_add_seals", "the seals are now", current | seals);
    Ok(0)
}

fn is_write_sealed(seals: u64) -> bool {
    seals & (F_SEAL_WRITE | F_SEAL_FUTURE_WRITE) != 0
}

/// do_mmap's part for a shared mapping of a write-sealed file. 6.1.y
/// (is_readonly_sealed, backported from 6.7): a read-only one loses
/// VM_MAYWRITE, so mprotect cannot make it writable; the refusal of a
/// writable one is shmem_mmap's. 6.12 memfd_check_seals_mmap: a writable
/// one is EPERM here, a read-only one loses VM_MAYWRITE. 4.12 has neither:
/// its mmap_region refuses any VM_SHARED mapping of a write-denied file.
pub fn memfd_check_seals_mmap(cx: &Ctx, f: FileId, vm_flags: &mut u64) -> KResult<()> {
    let mode = cx.world.profile().memfd_seal_mmap;
    if mode == SealMmap::SharedCounts {
        return Ok(());
    }
    let seals = memfd_file_seals(cx, f).unwrap_or(0);
    if !is_write_sealed(seals) || *vm_flags & VM_SHARED == 0 {
        return Ok(());
    }
    if *vm_flags & VM_WRITE != 0 {
        if mode == SealMmap::InDoMmap {
            return refuse(&checks::SEALS_MMAP_WRITE);
        }
        return Ok(());
    }
    *vm_flags &= !VM_MAYWRITE;
    Ok(())
}

/// Whether a mapping with these flags counts in i_mmap_writable: 4.12
/// counts every VM_SHARED mapping; 6.x (is_shared_maywrite) only those
/// that may become writable.
pub fn counts_writable(cx: &Ctx, flags: u64) -> bool {
    flags & VM_SHARED != 0
        && (cx.world.profile().memfd_seal_mmap == SealMmap::SharedCounts
            || flags & VM_MAYWRITE != 0)
}

/// mapping_map_writable for a new mapping (4.12 mmap_region,
/// mm/mmap.c:1678; 6.x's mmap_region before anything else): EPERM while
/// F_SEAL_WRITE denies writable mappings.
pub fn mapping_map_writable(cx: &Ctx, f: FileId, vm_flags: u64) -> KResult<()> {
    let inode = cx.world.vfs.file(f).inode;
    if counts_writable(cx, vm_flags) && cx.world.vfs.inode(inode).write_denied {
        return refuse(&checks::SEALS_MAP_WRITABLE);
    }
    Ok(())
}

/// shmem_mmap's seal_check_write (6.1.y): a shared writable mapping of a
/// write-sealed file (F_SEAL_FUTURE_WRITE: F_SEAL_WRITE was refused
/// before).
pub fn shmem_mmap_seal_check(cx: &Ctx, f: FileId, vm_flags: u64) -> KResult<()> {
    if cx.world.profile().memfd_seal_mmap != SealMmap::InShmemMmap {
        return Ok(());
    }
    let seals = memfd_file_seals(cx, f).unwrap_or(0);
    if is_write_sealed(seals) && vm_flags & VM_SHARED != 0 && vm_flags & VM_WRITE != 0 {
        return refuse(&checks::SEALS_SHMEM_MMAP_WRITE);
    }
    Ok(())
}

/// shmem_setattr's and hugetlbfs_setattr's size seals: F_SEAL_SHRINK and
/// F_SEAL_GROW refuse a truncation that would shrink or grow the file.
pub fn check_size_seals(cx: &Ctx, inode: InodeId, new_size: u64, hugetlbfs: bool) -> KResult<()> {
    let i = cx.world.vfs.inode(inode);
    let check = if hugetlbfs {
        &checks::SEALS_SIZE_HUGETLB
    } else {
        &checks::SEALS_SIZE
    };
    let seals = i.seals;
    let shrinks = new_size < i.size && seals & F_SEAL_SHRINK != 0;
    let grows = new_size > i.size && seals & F_SEAL_GROW != 0;
    if shrinks || grows {
        return Err(Refusal::new(check)
            .with(
                "seal",
                Fact::Text(if shrinks {
                    "F_SEAL_SHRINK"
                } else {
                    "F_SEAL_GROW"
                }),
            )
            .with("size", Fact::Hex(i.size))
            .with("len", Fact::Hex(new_size)));
    }
    Ok(())
}

/// shmem_fallocate's and hugetlbfs_punch_hole's refusal of a hole in a
/// write-sealed file (4.12 F_SEAL_WRITE; 5.1+ F_SEAL_FUTURE_WRITE too).
pub fn check_punch_seals(cx: &Ctx, inode: InodeId, hugetlbfs: bool) -> KResult<()> {
    let seals = cx.world.vfs.inode(inode).seals;
    if is_write_sealed(seals) {
        return refuse(if hugetlbfs {
            &checks::SEALS_PUNCH_HUGETLB
        } else {
            &checks::SEALS_PUNCH
        });
    }
    Ok(())
}
