//! ipc/shm.c: SysV shared memory. A segment is an unlinked shmem object
//! named `SYSV<key>` (shmem_kernel_file_setup), kept by the IPC namespace
//! under an id until IPC_RMID (or kernel.shm_rmid_forced) lets it go with
//! its last attach. shmat maps it through a file of its own (do_shmat's
//! alloc_file) whose VMAs carry shm_vm_ops: they count as attaches
//! (shm_open, shm_close), never merge (the ops have a close method) and
//! show the shmid in the maps inode column.
//!
//! shmctl's commands answer as the kernel does, their structures copied
//! out as user stores (EFAULT where one faults); the transcript shows the
//! buffer's address, not the structure strace would print. Not modelled:
//! IPC_SET, which reads the new owner and mode from memory.

use super::checks;
use super::ctx::Ctx;
use super::fs::{FMODE_READ, FMODE_WRITE, FileId, InodeId, InodeKind};
use super::ipc_util::{self, IpcIds, IpcPerm, ipc_buildid, ipcperms};
use super::mmap::{do_mmap, do_munmap, release_unlinked};
use super::refusal::{Fact, KResult, Refusal, refuse};
use super::util::{mm_populate, vm_enough_memory};
use super::vma::*;
use crate::uapi::Access;
use crate::uapi::*;

/// SHMMIN (include/uapi/linux/shm.h).
const SHMMIN: u64 = 1;
/// SHMLBA on x86: a page.
const SHMLBA: u64 = PAGE_SIZE;
/// shm_perm.mode's "destroy on last detach" mark.
pub const SHM_DEST: u32 = 0o1000;
/// S_IRUGO, S_IWUGO, S_IXUGO: what shmat asks ipcperms for.
const S_IRUGO: u64 = 0o444;
const S_IWUGO: u64 = 0o222;
const S_IXUGO: u64 = 0o111;

/// `struct shmid_kernel`, as far as the model needs it.
#[derive(Clone, Debug)]
pub struct Segment {
    pub perm: IpcPerm,
    /// shm_segsz: the size asked for, unrounded.
    pub segsz: u64,
    /// shm_nattch: the VMAs mapping it, plus shmat's own hold while it maps.
    pub nattch: u64,
    /// The shmem object (shm_file's inode).
    pub inode: InodeId,
    /// Pages shmem_acct_size charged at creation (0 with SHM_NORESERVE:
    /// then each page is charged as it is allocated).
    pub charged: u64,
    /// 4.12's SHM_HUGETLB without privilege: the user and the pages
    /// user_shm_lock counted against RLIMIT_MEMLOCK (shp->mlock_user).
    pub mlocked: Option<(u32, u64)>,
    /// SHM_LOCK (SHM_LOCKED in the mode): the user and pages shmem_lock
    /// counted, given back by SHM_UNLOCK or the segment's end.
    pub shm_locked: Option<(u32, u64)>,
}

/// The object newseg made for a segment, before it has an id.
struct Object {
    inode: InodeId,
    charged: u64,
    mlocked: Option<(u32, u64)>,
}

/// The object goes again: newseg failed after making it, or the segment
/// was destroyed (its charge, reservation and pages with the deferred
/// fput; 4.12's user_shm_unlock).
fn release_object(cx: &mut Ctx, o: &Object) {
    cx.world.fput_pending.pages += o.charged;
    if let Some((uid, pages)) = o.mlocked {
        user_shm_unlock(cx, uid, pages);
    }
    cx.world.vfs.inode_mut(o.inode).ipc_held = false;
    release_unlinked(cx, o.inode);
}

/// SHM_HUGETLB (4.12 ipc/shm.c:561-577): a file of the huge page size's
/// internal hugetlbfs mount, its size rounded up to huge pages, made by
/// hugetlb_file_setup (fs/hugetlbfs/inode.c:1247-1323), which reserves
/// its huge pages unless SHM_NORESERVE.
fn hugetlb_segment(cx: &mut Ctx, key: u32, size: u64, shmflg: u64) -> KResult<Object> {
    // hstate_sizelog: the default size, or one the machine has.
    let log = (shmflg >> SHM_HUGE_SHIFT) & SHM_HUGE_MASK;
    let huge: u64 = match log {
        0 | 21 => 2 << 20,
        30 => 1 << 30,
        _ => {
            // ipc/shm.c:566
            return Err(Refusal::new(&checks::SHMGET_NO_SUCH_HSTATE).with("log", Fact::Dec(log)));
        }
    };
    let hugesize = size.wrapping_add(huge - 1) & !(huge - 1);
    // can_do_hugetlb_shm: CAP_IPC_LOCK, or the group vm.hugetlb_shm_group (0).
    let mut mlocked = None;
    if !(cx.task.capable(CAP_IPC_LOCK) || cx.task.gid == 0) {
        // 4.12 lets RLIMIT_MEMLOCK stand in (user_shm_lock, mm/mlock.c:839-859);
        // 6.x refuses (the mlock ulimits for SHM_HUGETLB are obsolete).
        let pages = hugesize.div_ceil(PAGE_SIZE);
        if !cx.world.profile().shm_hugetlb_mlock_ulimit || !user_shm_lock(cx, pages) {
            return Err(Refusal::new(&checks::SHMGET_HUGETLB_NOT_PERMITTED)
                .with("uid", Fact::Dec(cx.task.uid as u64))
                .with("gid", Fact::Dec(cx.task.gid as u64)));
        }
        mlocked = Some((cx.task.uid, pages));
    }
    // hugetlb_reserve_pages, unless VM_NORESERVE.
    let npages = hugesize / huge;
    let reserve = shmflg & SHM_NORESERVE == 0;
    if reserve {
        let free = if huge == 2 << 20 {
            cx.world.huge_free
        } else {
            0
        };
        if npages > free {
            if let Some((uid, pages)) = mlocked {
                user_shm_unlock(cx, uid, pages);
            }
            return Err(Refusal::new(&checks::SHMGET_HUGETLB_NO_RESERVE)
                .with("need", Fact::Dec(npages))
                .with("free", Fact::Dec(free)));
        }
        cx.world.huge_free -= npages;
    }
    let vfs = &mut cx.world.vfs;
    let name = format!("/SYSV{key:08x}");
    let inode = vfs.add_internal_object(&name, InodeKind::AnonHuge, hugesize, huge);
    if reserve {
        vfs.inode_mut(inode).resv.insert(0, npages);
    }
    cx.trace.value(
        "hugetlb_file_setup",
        "a hugetlbfs object of huge pages",
        npages,
    );
    Ok(Object {
        inode,
        charged: 0,
        mlocked,
    })
}

/// user_shm_lock (4.12 mm/mlock.c:839-859): count `pages` against the
/// user's RLIMIT_MEMLOCK with what its other segments hold.
fn user_shm_lock(cx: &mut Ctx, pages: u64) -> bool {
    let limit = cx.task.rlimit(RLIMIT_MEMLOCK);
    let held = cx
        .world
        .shm
        .locked_by_user
        .get(&cx.task.uid)
        .copied()
        .unwrap_or(0);
    if limit != RLIM_INFINITY
        && pages + held > limit >> PAGE_SHIFT
        && !cx.task.capable(CAP_IPC_LOCK)
    {
        return false;
    }
    *cx.world.shm.locked_by_user.entry(cx.task.uid).or_default() += pages;
    true
}

/// user_shm_unlock (4.12 mm/mlock.c:861-867).
fn user_shm_unlock(cx: &mut Ctx, uid: u32, pages: u64) {
    if let Some(held) = cx.world.shm.locked_by_user.get_mut(&uid) {
        *held = held.saturating_sub(pages);
    }
}

/// The namespace's segments and shm_tot (pages all segments hold).
#[derive(Clone, Debug, Default)]
pub struct ShmIds {
    pub ids: IpcIds<Segment>,
    pub tot: u64,
    /// user_struct.locked_shm (4.12): pages each user's SHM_HUGETLB
    /// segments counted against RLIMIT_MEMLOCK.
    pub locked_by_user: std::collections::BTreeMap<u32, u64>,
}

/// shmget (4.12 ipc/shm.c:657-674): ipcget with newseg, shm_security and
/// shm_more_checks.
pub fn sys_shmget(cx: &mut Ctx, key: u64, size: u64, shmflg: u64) -> KResult<u64> {
    // key_t and int.
    let key = key as u32;
    let shmflg = shmflg & 0xffff_ffff;
    // ipcget (ipc/util.c:630-637): IPC_PRIVATE always makes a new segment.
    if key == IPC_PRIVATE as u32 {
        cx.trace.step("ipcget", "IPC_PRIVATE: ipcget_new → newseg");
        return newseg(cx, key, size, shmflg);
    }
    // ipcget_public (ipc/util.c:337-377)
    let found = cx
        .world
        .shm
        .ids
        .objects
        .iter()
        .find(|(_, s)| s.perm.key == key)
        .map(|(&idx, s)| (idx, s.perm, s.segsz));
    let Some((_, perm, segsz)) = found else {
        // ipc/util.c:352
        if shmflg & IPC_CREAT == 0 {
            return Err(
                Refusal::new(&checks::IPCGET_NO_SUCH_KEY).with("key", Fact::Hex(key as u64))
            );
        }
        cx.trace
            .step("ipcget_public", "no segment has the key: newseg");
        return newseg(cx, key, size, shmflg);
    };
    let id = Fact::Dec(perm.id as u64);
    // ipc/util.c:359
    if shmflg & IPC_CREAT != 0 && shmflg & IPC_EXCL != 0 {
        return Err(Refusal::new(&checks::IPCGET_EXISTS)
            .with("key", Fact::Hex(key as u64))
            .with("id", id));
    }
    // shm_more_checks (ipc/shm.c:651)
    if segsz < size {
        return Err(Refusal::new(&checks::SHMGET_SEGMENT_SMALLER)
            .with("key", Fact::Hex(key as u64))
            .with("id", id)
            .with("segsz", Fact::Dec(segsz))
            .with("size", Fact::Dec(size)));
    }
    // ipc_check_perms (ipc/util.c:312)
    if !ipcperms(cx, &perm, shmflg) {
        return Err(perm_refusal(&checks::IPCGET_PERMISSION, cx, &perm, shmflg));
    }
    cx.trace.value(
        "ipcget_public",
        "the key's segment, permitted",
        perm.id as u64,
    );
    Ok(perm.id as u64)
}

/// The facts of an ipcperms refusal.
fn perm_refusal(check: &'static super::Check, cx: &Ctx, perm: &IpcPerm, flag: u64) -> Refusal {
    let flag = flag as u16 as u64;
    let want = ((flag >> 6) | (flag >> 3) | flag) & 0o7;
    Refusal::new(check)
        .with("id", Fact::Dec(perm.id as u64))
        .with("mode", Fact::Path(format!("{:04o}", perm.mode & 0o777)))
        .with("uid", Fact::Dec(perm.uid as u64))
        .with("gid", Fact::Dec(perm.gid as u64))
        .with("want", Fact::Path(rwx(want)))
        .with("euid", Fact::Dec(cx.task.uid as u64))
}

fn rwx(bits: u64) -> String {
    [(4, 'r'), (2, 'w'), (1, 'x')]
        .iter()
        .filter(|(b, _)| bits & b != 0)
        .map(|(_, c)| *c)
        .collect()
}

/// newseg (4.12 ipc/shm.c:522-629): the size checks, the shmem object and
/// its charge, then an id.
fn newseg(cx: &mut Ctx, key: u32, size: u64, shmflg: u64) -> KResult<u64> {
    let numpages = size.wrapping_add(PAGE_SIZE - 1) >> PAGE_SHIFT;
    let sys = cx.world.sys;
    // ipc/shm.c:535
    if size < SHMMIN || size > sys.shmmax {
        return Err(Refusal::new(&checks::SHMGET_SIZE)
            .with("size", Fact::Dec(size))
            .with("max", Fact::Dec(sys.shmmax)));
    }
    // ipc/shm.c:538
    if numpages.wrapping_shl(PAGE_SHIFT) < size {
        return Err(Refusal::new(&checks::SHMGET_SIZE_WRAPS).with("size", Fact::Dec(size)));
    }
    // ipc/shm.c:541-543
    let tot = cx.world.shm.tot;
    if tot.wrapping_add(numpages) < tot || tot + numpages > sys.shmall {
        return Err(Refusal::new(&checks::SHMGET_SHMALL)
            .with("pages", Fact::Dec(numpages))
            .with("tot", Fact::Dec(tot))
            .with("max", Fact::Dec(sys.shmall)));
    }
    let object = if shmflg & SHM_HUGETLB != 0 {
        hugetlb_segment(cx, key, size, shmflg)?
    } else {
        // ipc/shm.c:583-586: SHM_NORESERVE, unless overcommit is strict,
        // makes the object charge page by page; otherwise shmem_acct_size
        // charges the whole size now.
        let noreserve = shmflg & SHM_NORESERVE != 0 && sys.overcommit_memory != 2;
        let charged = if noreserve {
            0
        } else {
            vm_enough_memory(cx, numpages, &checks::SHMGET_NO_COMMIT)?;
            numpages
        };
        let vfs = &mut cx.world.vfs;
        let name = format!("/SYSV{key:08x}");
        let inode = vfs.add_internal_object(&name, InodeKind::ShmemObject, size, 0);
        vfs.inode_mut(inode).acct_by_page = noreserve;
        Object {
            inode,
            charged,
            mlocked: None,
        }
    };
    // ipc_addid (ipc/shm.c:601): a failure drops the object again.
    let cyclic = cx.world.profile().ipc_ids_cyclic;
    let (idx, seq) = match cx.world.shm.ids.alloc(cyclic, sys.shmmni) {
        Ok(a) => a,
        Err(e) => {
            release_object(cx, &object);
            return Err(e);
        }
    };
    let id = ipc_buildid(idx, seq);
    let Object {
        inode,
        charged,
        mlocked,
    } = object;
    let i = cx.world.vfs.inode_mut(inode);
    // "shmid gets reported as "inode#" in /proc/pid/maps" (ipc/shm.c:613).
    i.ino = id as u64;
    // shmem_get_inode(S_IFREG | S_IRWXUGO), owned by the creator.
    i.mode = 0o777;
    i.uid = cx.task.uid;
    i.gid = cx.task.gid;
    i.ipc_held = true;
    let perm = IpcPerm {
        id,
        key,
        seq,
        uid: cx.task.uid,
        gid: cx.task.gid,
        cuid: cx.task.uid,
        cgid: cx.task.gid,
        mode: (shmflg & 0o777) as u32,
    };
    cx.world.shm.ids.objects.insert(
        idx,
        Segment {
            perm,
            segsz: size,
            nattch: 0,
            inode,
            charged,
            mlocked,
            shm_locked: None,
        },
    );
    cx.world.shm.tot += numpages;
    cx.trace.value("newseg", "a new segment, id", id as u64);
    Ok(id as u64)
}

/// shmat (4.12 ipc/shm.c:1258-1268), which is do_shmat (:1094-1256).
pub fn sys_shmat(cx: &mut Ctx, shmid: u64, shmaddr: u64, shmflg: u64) -> KResult<u64> {
    let shmid = shmid & 0xffff_ffff;
    let shmflg = shmflg & 0xffff_ffff;
    // ipc/shm.c:1112
    if (shmid as u32 as i32) < 0 {
        return Err(Refusal::new(&checks::SHMAT_NEGATIVE_ID)
            .with("id", Fact::Int(shmid as u32 as i32 as i64)));
    }
    let mut addr = shmaddr;
    let mut flags = MAP_SHARED;
    if addr != 0 {
        if addr & (SHMLBA - 1) != 0 {
            let rounds = if cx.world.profile().shm_rnd_to_zero {
                shmflg & SHM_RND != 0
            } else {
                shmflg & SHM_RND != 0 && addr >= SHMLBA
            };
            if !rounds {
                // ipc/shm.c:1126
                let why = if shmflg & SHM_RND != 0 {
                    "SHM_RND rounds down only an address of at least SHMLBA (one page) in this kernel"
                } else {
                    "SHM_RND is not given"
                };
                return Err(Refusal::new(&checks::SHMAT_UNALIGNED)
                    .with("addr", Fact::Hex(addr))
                    .with("why", Fact::Text(why)));
            }
            addr &= !(SHMLBA - 1);
            cx.trace
                .value("do_shmat", "SHM_RND rounded the address down", addr);
            // 4.17+: a round-down to 0 is refused with SHM_REMAP.
            if addr == 0 && shmflg & SHM_REMAP != 0 {
                return Err(
                    Refusal::new(&checks::SHMAT_RND_TO_ZERO_REMAP).with("addr", Fact::Hex(shmaddr))
                );
            }
        }
        flags |= MAP_FIXED;
    } else if shmflg & SHM_REMAP != 0 {
        // ipc/shm.c:1132
        return refuse(&checks::SHMAT_REMAP_WITHOUT_ADDRESS);
    }
    // ipc/shm.c:1135-1147
    let (mut prot, mut acc_mode, fmode, oflags) = if shmflg & SHM_RDONLY != 0 {
        (PROT_READ, S_IRUGO, FMODE_READ, O_RDONLY)
    } else {
        (
            PROT_READ | PROT_WRITE,
            S_IRUGO | S_IWUGO,
            FMODE_READ | FMODE_WRITE,
            O_RDWR,
        )
    };
    if shmflg & SHM_EXEC != 0 {
        prot |= PROT_EXEC;
        acc_mode |= S_IXUGO;
    }
    // ipc/shm.c:1155-1163
    let idx = ipc_util::ipc_obtain_object_check(&cx.world.shm.ids, shmid, |s| &s.perm)?;
    let seg = &cx.world.shm.ids.objects[&idx];
    let perm = seg.perm;
    if !ipcperms(cx, &perm, acc_mode) {
        return Err(perm_refusal(&checks::SHMAT_PERMISSION, cx, &perm, acc_mode));
    }
    // ipc/shm.c:1180-1181: held while it maps; the size is i_size.
    let inode = seg.inode;
    let size = cx.world.vfs.inode(inode).size;
    if let Some(s) = cx.world.shm.ids.objects.get_mut(&idx) {
        s.nattch += 1;
    }
    // ipc/shm.c:1192-1208: a file of its own, sharing the object.
    let file = cx.world.vfs.open_file(inode, fmode, oflags);
    cx.world.vfs.file_mut(file).shm_id = Some(perm.id);
    let result = shmat_map(cx, file, addr, size, prot, flags, shmflg);
    // ipc/shm.c:1241-1249: the hold goes; a removed segment may go with it.
    shm_put(cx, perm.id);
    result
}

/// The mapping half of do_shmat: its own two checks (ipc/shm.c:1221,
/// :1224), then do_mmap.
fn shmat_map(
    cx: &mut Ctx,
    file: FileId,
    addr: u64,
    size: u64,
    prot: u64,
    flags: u64,
    shmflg: u64,
) -> KResult<u64> {
    if addr != 0 && shmflg & SHM_REMAP == 0 {
        // ipc/shm.c:1221
        if addr.checked_add(size).is_none() {
            return Err(Refusal::new(&checks::SHMAT_RANGE_WRAPS)
                .with("addr", Fact::Hex(addr))
                .with("size", Fact::Dec(size)));
        }
        // ipc/shm.c:1224: find_vma_intersection, with the size unrounded.
        let mm = &cx.task.mm;
        if let Some(v) = mm.find_vma(addr).filter(|&v| mm.start(v) < addr + size) {
            return Err(Refusal::new(&checks::SHMAT_OVERLAPS)
                .with("addr", Fact::Hex(addr))
                .with("size", Fact::Dec(size))
                .with("at", Fact::Hex(mm.start(v))));
        }
    }
    cx.trace
        .step("do_shmat", "do_mmap of the segment, MAP_SHARED");
    let mut populate = 0;
    let addr = do_mmap(cx, Some(file), addr, size, prot, flags, 0, &mut populate)?;
    if populate != 0 {
        let _ = mm_populate(cx, addr, populate, true);
    }
    Ok(addr)
}

/// shm_mmap's __shm_open (ipc/shm.c): a VMA of the segment is one more attach.
pub fn shm_open(cx: &mut Ctx, shmid: u32) {
    if let Some(s) = segment_mut(cx, shmid) {
        s.nattch += 1;
    }
}

/// shm_close (ipc/shm.c): a VMA of the segment went.
pub fn shm_close(cx: &mut Ctx, shmid: u32) {
    shm_put(cx, shmid);
}

fn segment_mut<'a>(cx: &'a mut Ctx, shmid: u32) -> Option<&'a mut Segment> {
    cx.world
        .shm
        .ids
        .objects
        .get_mut(&(shmid % ipc_util::IPCMNI))
        .filter(|s| s.perm.id == shmid)
}

/// One attach less; shm_may_destroy decides whether the segment goes.
fn shm_put(cx: &mut Ctx, shmid: u32) {
    let forced = cx.world.sys.shm_rmid_forced != 0;
    let Some(s) = segment_mut(cx, shmid) else {
        return;
    };
    s.nattch = s.nattch.saturating_sub(1);
    // shm_may_destroy
    if s.nattch == 0 && (forced || s.perm.mode & SHM_DEST != 0) {
        shm_destroy(cx, shmid);
    }
}

/// shm_destroy (ipc/shm.c): the id goes, shm_tot drops, and the object is
/// released with its pages and charge (by the deferred fput).
fn shm_destroy(cx: &mut Ctx, shmid: u32) {
    let Some(s) = cx.world.shm.ids.objects.remove(&(shmid % ipc_util::IPCMNI)) else {
        return;
    };
    cx.world.shm.tot -= s.segsz.wrapping_add(PAGE_SIZE - 1) >> PAGE_SHIFT;
    // shm_destroy: shmem_lock(shm_file, 0, ...) gives a locked segment's
    // count back.
    if let Some((uid, pages)) = s.shm_locked {
        user_shm_unlock(cx, uid, pages);
    }
    release_object(
        cx,
        &Object {
            inode: s.inode,
            charged: s.charged,
            mlocked: s.mlocked,
        },
    );
    cx.trace
        .value("shm_destroy", "segment removed, id", shmid as u64);
}

/// shmdt (4.12 ipc/shm.c:1274-1379): unmap the attach that starts at the
/// address (a VMA of a segment whose offset puts the segment's start
/// there), then the other pieces of the same attach within its size.
pub fn sys_shmdt(cx: &mut Ctx, shmaddr: u64) -> KResult<u64> {
    let addr = shmaddr;
    // ipc/shm.c:1286
    if addr & !PAGE_MASK != 0 {
        return Err(Refusal::new(&checks::SHMDT_UNALIGNED).with("addr", Fact::Hex(addr)));
    }
    let is_attach_piece = |cx: &Ctx, id| {
        let mm = &cx.task.mm;
        let v = mm.vma(id);
        v.ops == VmOps::Sysv && mm.start(id).wrapping_sub(addr) / PAGE_SIZE == v.pgoff
    };
    // ipc/shm.c:1315-1346: the first piece that fits, anywhere above.
    let mut at = cx.task.mm.find_vma(addr);
    let mut found = None;
    while let Some(id) = at {
        let next = cx.task.mm.vmas().next(id);
        if is_attach_piece(cx, id) {
            found = Some(id);
            break;
        }
        at = next;
    }
    let Some(first) = found else {
        return Err(Refusal::new(&checks::SHMDT_NO_ATTACH).with("addr", Fact::Hex(addr)));
    };
    let file = cx.task.mm.vma(first).file;
    let size = file.map_or(0, |f| cx.world.vfs.file_inode(f).size);
    let (start, end) = (cx.task.mm.start(first), cx.task.mm.end(first));
    cx.trace.value("shmdt", "detaching the attach at", start);
    // "Errors from do_munmap are ignored" (a sealed VMA stays, 6.10+).
    let _ = do_munmap(cx, start, end - start);
    // ipc/shm.c:1354-1366: the rest of that attach, as far as its size reaches.
    let size = page_align(size);
    let mut at = cx.task.mm.find_vma(end);
    while let Some(id) = at {
        let mm = &cx.task.mm;
        if mm.end(id).wrapping_sub(addr) as i64 > size as i64 {
            break;
        }
        let next = mm.vmas().next(id);
        let (s, e) = (mm.start(id), mm.end(id));
        if is_attach_piece(cx, id) && cx.task.mm.vma(id).file == file {
            let _ = do_munmap(cx, s, e - s);
            at = cx.task.mm.find_vma(e);
        } else {
            at = next;
        }
    }
    Ok(0)
}

/// shmctl (4.12 ipc/shm.c:987-1085). IPC_RMID is modelled; the other
/// commands are not.
pub fn sys_shmctl(cx: &mut Ctx, shmid: u64, cmd: u64, buf: u64) -> KResult<u64> {
    let (shmid, cmd) = (shmid as u32 as i32, cmd as u32 as i32);
    // ipc/shm.c:993
    if cmd < 0 || shmid < 0 {
        return Err(Refusal::new(&checks::SHMCTL_NEGATIVE)
            .with("id", Fact::Int(shmid as i64))
            .with("cmd", Fact::Int(cmd as i64)));
    }
    match cmd as u64 {
        IPC_RMID => shmctl_rmid(cx, shmid as u64),
        IPC_INFO => {
            // 4.12 ipc/shm.c:888-908: struct shminfo64 out, then the
            // highest index in use (0 when none).
            copy_out(cx, buf, SHMINFO64_SIZE, &checks::SHMCTL_INFO_FAULT)?;
            Ok(max_idx(cx))
        }
        SHM_INFO => {
            // ipc/shm.c:909-927: struct shm_info out.
            copy_out(cx, buf, SHM_INFO_SIZE, &checks::SHMCTL_SHM_INFO_FAULT)?;
            Ok(max_idx(cx))
        }
        IPC_STAT | SHM_STAT => shmctl_stat(cx, shmid as u64, cmd as u64, buf),
        SHM_STAT_ANY if cx.world.profile().shm_stat_any => {
            shmctl_stat(cx, shmid as u64, cmd as u64, buf)
        }
        SHM_LOCK | SHM_UNLOCK => shmctl_do_lock(cx, shmid as u64, cmd as u64),
        IPC_SET => Err(Refusal::new(&checks::NOT_MODELLED).with(
            "call",
            Fact::Text("shmctl IPC_SET (the new owner and mode are read from memory the model does not hold)"),
        )),
        // ipc/shm.c:1076 (SHM_STAT_ANY, 4.17, is EINVAL in 4.12)
        _ => Err(Refusal::new(&checks::SHMCTL_BAD_CMD).with("cmd", Fact::Dec(cmd as u64))),
    }
}

/// sizeof(struct shmid64_ds), struct shminfo64 and struct shm_info on x86-64.
const SHMID64_DS_SIZE: u64 = 112;
const SHMINFO64_SIZE: u64 = 72;
const SHM_INFO_SIZE: u64 = 48;

/// copy_to_user of `len` bytes at `buf`: user stores, which fault pages
/// in, and EFAULT (`check`, the copy's own place) where one cannot be served.
fn copy_out(cx: &mut Ctx, buf: u64, len: u64, check: &'static super::Check) -> KResult<()> {
    super::fault::touch(cx, buf, len, Access::Write)
        .map(drop)
        .map_err(|_| {
            Refusal::new(check)
                .with("buf", Fact::Hex(buf))
                .with("len", Fact::Dec(len))
        })
}

/// ipc_get_maxid (4.12 ipc/util.c; 6.x ids->max_idx): the highest index
/// in use, 0 when there is none.
fn max_idx(cx: &Ctx) -> u64 {
    cx.world
        .shm
        .ids
        .objects
        .keys()
        .next_back()
        .map_or(0, |&i| i as u64)
}

/// IPC_STAT, SHM_STAT and (4.17+) SHM_STAT_ANY (4.12 shmctl_nolock,
/// ipc/shm.c:873-981; 6.x shmctl_stat): SHM_STAT takes an index and
/// answers the id, IPC_STAT takes an id and answers 0; both want read
/// permission, SHM_STAT_ANY none. Then struct shmid64_ds goes out.
fn shmctl_stat(cx: &mut Ctx, shmid: u64, cmd: u64, buf: u64) -> KResult<u64> {
    let idx = if cmd == IPC_STAT {
        ipc_util::ipc_obtain_object_check(&cx.world.shm.ids, shmid, |s| &s.perm)?
    } else {
        ipc_util::ipc_obtain_object_idr(&cx.world.shm.ids, shmid)?
    };
    let perm = cx.world.shm.ids.objects[&idx].perm;
    // ipc/shm.c:953
    if cmd != SHM_STAT_ANY && !ipcperms(cx, &perm, S_IRUGO) {
        return Err(perm_refusal(
            &checks::SHMCTL_STAT_PERMISSION,
            cx,
            &perm,
            S_IRUGO,
        ));
    }
    copy_out(cx, buf, SHMID64_DS_SIZE, &checks::SHMCTL_STAT_FAULT)?;
    Ok(if cmd == IPC_STAT { 0 } else { perm.id as u64 })
}

/// SHM_LOCK and SHM_UNLOCK (4.12 ipc/shm.c:1010-1075; 6.x
/// shmctl_do_lock): the owner or creator (or CAP_IPC_LOCK), SHM_LOCK with
/// some RLIMIT_MEMLOCK; shmem_lock counts the segment's pages against the
/// user's RLIMIT_MEMLOCK with its other locked segments (ENOMEM past it).
/// An SHM_HUGETLB segment is left as it is. Nothing a mapping shows.
fn shmctl_do_lock(cx: &mut Ctx, shmid: u64, cmd: u64) -> KResult<u64> {
    let idx = ipc_util::ipc_obtain_object_check(&cx.world.shm.ids, shmid, |s| &s.perm)?;
    let seg = &cx.world.shm.ids.objects[&idx];
    let (perm, inode, locked) = (seg.perm, seg.inode, seg.shm_locked);
    if !cx.task.capable(CAP_IPC_LOCK) {
        let euid = cx.task.uid;
        // ipc/shm.c:1036
        if euid != perm.uid && euid != perm.cuid {
            return Err(Refusal::new(&checks::SHM_LOCK_NOT_OWNER)
                .with("id", Fact::Dec(perm.id as u64))
                .with("uid", Fact::Dec(perm.uid as u64))
                .with("euid", Fact::Dec(euid as u64)));
        }
        // ipc/shm.c:1041
        if cmd == SHM_LOCK && cx.task.rlimit(RLIMIT_MEMLOCK) == 0 {
            return Err(Refusal::new(&checks::SHM_LOCK_NO_MEMLOCK));
        }
    }
    if cx.world.vfs.inode(inode).kind == InodeKind::AnonHuge {
        return Ok(0);
    }
    let pages = cx.world.vfs.inode(inode).size.div_ceil(PAGE_SIZE);
    if cmd == SHM_LOCK {
        // shmem_lock (mm/shmem.c:2098-2121): once per segment.
        if locked.is_none() {
            if !user_shm_lock(cx, pages) {
                return Err(Refusal::new(&checks::SHMEM_LOCK_NO_MEMLOCK)
                    .with("pages", Fact::Dec(pages))
                    .with("limit", Fact::Dec(cx.task.rlimit(RLIMIT_MEMLOCK))));
            }
            let uid = cx.task.uid;
            if let Some(s) = cx.world.shm.ids.objects.get_mut(&idx) {
                s.shm_locked = Some((uid, pages));
            }
        }
        return Ok(0);
    }
    if let Some((uid, pages)) = locked {
        user_shm_unlock(cx, uid, pages);
        if let Some(s) = cx.world.shm.ids.objects.get_mut(&idx) {
            s.shm_locked = None;
        }
    }
    Ok(0)
}

/// shmctl_down's IPC_RMID (4.12 ipc/shm.c:817-866) and do_shm_rmid
/// (:89-102): an attached segment is marked SHM_DEST and loses its key;
/// an unattached one goes now.
fn shmctl_rmid(cx: &mut Ctx, shmid: u64) -> KResult<u64> {
    let idx = ipc_util::ipc_obtain_object_check(&cx.world.shm.ids, shmid, |s| &s.perm)?;
    let perm = cx.world.shm.ids.objects[&idx].perm;
    // ipcctl_pre_down_nolock (ipc/util.c:699)
    if !ipc_util::ipc_owner_or_admin(cx, &perm) {
        return Err(Refusal::new(&checks::SHMCTL_NOT_OWNER)
            .with("id", Fact::Dec(perm.id as u64))
            .with("uid", Fact::Dec(perm.uid as u64))
            .with("cuid", Fact::Dec(perm.cuid as u64))
            .with("euid", Fact::Dec(cx.task.uid as u64)));
    }
    let s = cx
        .world
        .shm
        .ids
        .objects
        .get_mut(&idx)
        .expect("obtained above");
    if s.nattch != 0 {
        s.perm.mode |= SHM_DEST;
        s.perm.key = IPC_PRIVATE as u32;
        cx.trace.step(
            "do_shm_rmid",
            "still attached: marked SHM_DEST, key now IPC_PRIVATE",
        );
    } else {
        shm_destroy(cx, perm.id);
    }
    Ok(0)
}
