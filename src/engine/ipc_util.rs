//! ipc/util.c: what SysV shared memory borrows from the IPC core: the id
//! table (ipc_addid, ipc_obtain_object_idr/_check), key lookup
//! (ipcget_public) and the permission test (ipcperms). Only shm is
//! modelled, so the table here is shm_ids alone.

use super::checks;
use super::ctx::Ctx;
use super::refusal::{Fact, KResult, Refusal};
use crate::uapi::CAP_IPC_OWNER;
use std::collections::BTreeMap;

/// IPCMNI (ipc/util.h): ids are `seq * IPCMNI + index`, and no namespace
/// holds more than this many objects of a kind.
pub const IPCMNI: u32 = 1 << 15;
/// ipc_min_cycle (6.x ipc/util.h, RADIX_TREE_MAP_SIZE): the cyclic
/// allocator wraps below max(in_use * 3/2, this).
const IPC_MIN_CYCLE: u32 = 64;
/// IPCID_SEQ_MAX (4.12 ipc/util.h:103): min(INT_MAX / IPCMNI, USHRT_MAX).
const IPCID_SEQ_MAX_4_12: u32 = 65535;
/// ipcid_seq_max() (6.x ipc/util.h): INT_MAX >> IPCMNI_SHIFT.
const IPCID_SEQ_MAX_6: u32 = (i32::MAX as u32) >> 15;

/// `struct kern_ipc_perm` as far as the checks read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IpcPerm {
    pub id: u32,
    /// IPC_PRIVATE once IPC_RMID left the object to its last detach
    /// (ipc_set_key_private): no key lookup finds it then.
    pub key: u32,
    pub seq: u32,
    pub uid: u32,
    pub gid: u32,
    pub cuid: u32,
    pub cgid: u32,
    /// The low nine bits are the permissions; SHM_DEST (01000) marks a
    /// segment removed with attaches left.
    pub mode: u32,
}

/// `struct ipc_ids`: the objects of one kind in one IPC namespace, by
/// index, and the allocator's state.
#[derive(Clone, Debug)]
pub struct IpcIds<T> {
    pub objects: BTreeMap<u32, T>,
    /// 4.12: the sequence number the next object gets; 6.x: the current one.
    seq: u32,
    /// 6.x: the last index handed out (-1 at first), and the cyclic
    /// allocator's cursor (idr_next).
    last_idx: Option<u32>,
    idr_next: u32,
}

impl<T> Default for IpcIds<T> {
    fn default() -> Self {
        IpcIds {
            objects: BTreeMap::new(),
            seq: 0,
            last_idx: None,
            idr_next: 0,
        }
    }
}

impl<T> IpcIds<T> {
    pub fn in_use(&self) -> u64 {
        self.objects.len() as u64
    }

    /// ipc_addid's allocation (4.12 ipc/util.c:220-268; 6.x ipc_idr_alloc):
    /// the new object's (index, sequence number), or ENOSPC past `limit`
    /// (the namespace's shmmni, at most IPCMNI).
    pub fn alloc(&mut self, cyclic: bool, limit: u64) -> KResult<(u32, u32)> {
        let limit = limit.min(IPCMNI as u64);
        // ipc/util.c:230 (6.x: the same test in ipc_addid).
        if self.in_use() >= limit {
            return Err(Refusal::new(&checks::IPC_ADDID_SHMMNI)
                .with("n", Fact::Dec(self.in_use()))
                .with("max", Fact::Dec(limit)));
        }
        let free_from = |objects: &BTreeMap<u32, T>, from: u32, end: u32| {
            (from..end).find(|i| !objects.contains_key(i))
        };
        if !cyclic {
            // idr_alloc from 0: the lowest free index; every allocation
            // steps the sequence number.
            let idx = free_from(&self.objects, 0, IPCMNI).unwrap_or(0);
            let seq = self.seq;
            self.seq += 1;
            if self.seq > IPCID_SEQ_MAX_4_12 {
                self.seq = 0;
            }
            return Ok((idx, seq));
        }
        // idr_alloc_cyclic(0, max_idx): from the cursor, wrapping to 0.
        let max_idx = (self.in_use() as u32 * 3 / 2).clamp(IPC_MIN_CYCLE, IPCMNI);
        let idx = free_from(&self.objects, self.idr_next, max_idx)
            .or_else(|| free_from(&self.objects, 0, max_idx))
            .unwrap_or(0);
        self.idr_next = idx + 1;
        // A wrap steps the sequence number.
        if self.last_idx.is_some_and(|last| idx <= last) {
            self.seq += 1;
            if self.seq >= IPCID_SEQ_MAX_6 {
                self.seq = 0;
            }
        }
        self.last_idx = Some(idx);
        Ok((idx, self.seq))
    }
}

/// ipc_buildid: the id user space sees.
pub fn ipc_buildid(idx: u32, seq: u32) -> u32 {
    seq * IPCMNI + idx
}

/// ipc_obtain_object_check (4.12 ipc/util.c:607-618, with
/// ipc_obtain_object_idr, :548-558): the object `id` names, EINVAL when
/// its index is free or holds an object of another sequence number.
pub fn ipc_obtain_object_check<T>(
    ids: &IpcIds<T>,
    id: u64,
    perm: impl Fn(&T) -> &IpcPerm,
) -> KResult<u32> {
    let id = id as u32;
    let idx = id % IPCMNI;
    let Some(object) = ids.objects.get(&idx) else {
        return Err(Refusal::new(&checks::IPC_NO_SUCH_ID)
            .with("id", Fact::Dec(id as u64))
            .with("idx", Fact::Dec(idx as u64)));
    };
    let p = perm(object);
    if id / IPCMNI != p.seq {
        return Err(Refusal::new(&checks::IPC_STALE_ID)
            .with("id", Fact::Dec(id as u64))
            .with("idx", Fact::Dec(idx as u64))
            .with("current", Fact::Dec(p.id as u64)));
    }
    Ok(idx)
}

/// ipc_obtain_object_idr (4.12 ipc/util.c:548-558): the object at the
/// index `id` names, whatever its sequence number (SHM_STAT takes an index).
pub fn ipc_obtain_object_idr<T>(ids: &IpcIds<T>, id: u64) -> KResult<u32> {
    let id = id as u32;
    let idx = id % IPCMNI;
    if !ids.objects.contains_key(&idx) {
        return Err(Refusal::new(&checks::IPC_NO_SUCH_ID)
            .with("id", Fact::Dec(id as u64))
            .with("idx", Fact::Dec(idx as u64)));
    }
    Ok(idx)
}

/// ipcperms (4.12 ipc/util.c:474-493): whether the caller may have the
/// access `flag` asks for (its rwx bits, from any of the three triples).
/// The owner or creator gets the owner's bits, the group the group's, the
/// rest the others'; CAP_IPC_OWNER overrides.
pub fn ipcperms(cx: &Ctx, perm: &IpcPerm, flag: u64) -> bool {
    // `short flag`
    let flag = flag as u16 as u32;
    let requested = (flag >> 6) | (flag >> 3) | flag;
    let mut granted = perm.mode;
    let euid = cx.task.uid;
    if euid == perm.cuid || euid == perm.uid {
        granted >>= 6;
    } else if cx.task.gid == perm.cgid || cx.task.gid == perm.gid {
        granted >>= 3;
    }
    requested & !granted & 0o7 == 0 || cx.task.capable(CAP_IPC_OWNER)
}

/// The caller owns or created the object, or has CAP_SYS_ADMIN: what
/// IPC_RMID asks (4.12 ipcctl_pre_down_nolock, ipc/util.c:699; 6.x
/// ipcctl_obtain_check).
pub fn ipc_owner_or_admin(cx: &Ctx, perm: &IpcPerm) -> bool {
    let euid = cx.task.uid;
    euid == perm.cuid || euid == perm.uid || cx.task.capable(crate::uapi::CAP_SYS_ADMIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids_of(cyclic: bool, steps: &[Option<u32>]) -> Vec<u32> {
        // Some(_) allocates; None removes the oldest.
        let mut ids: IpcIds<u32> = IpcIds::default();
        let mut out = Vec::new();
        for s in steps {
            match s {
                Some(_) => {
                    let (idx, seq) = ids.alloc(cyclic, 4096).unwrap();
                    ids.objects.insert(idx, ipc_buildid(idx, seq));
                    out.push(ipc_buildid(idx, seq));
                }
                None => {
                    let first = *ids.objects.keys().next().unwrap();
                    ids.objects.remove(&first);
                }
            }
        }
        out
    }

    #[test]
    fn ids_4_12_take_the_lowest_index_and_a_new_sequence() {
        // ipc_addid: idr_alloc from 0, seq++ every time.
        assert_eq!(
            ids_of(false, &[Some(0), Some(0), None, Some(0)]),
            [0, 32769, 65536]
        );
    }

    #[test]
    fn ids_6_x_cycle_and_step_the_sequence_on_wrap() {
        assert_eq!(ids_of(true, &[Some(0), Some(0), None, Some(0)]), [0, 1, 2]);
        // 64 allocations, all but the last removed: the 65th wraps to index 0
        // with sequence 1.
        let mut steps = Vec::new();
        for _ in 0..64 {
            steps.push(Some(0));
        }
        for _ in 0..63 {
            steps.push(None);
        }
        steps.push(Some(0));
        assert_eq!(*ids_of(true, &steps).last().unwrap(), 32768);
    }
}
