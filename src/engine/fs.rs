//! The VFS as the mmap path sees it: mounts, inodes, open file descriptions.
//! Lookup is by whole path; missing parent directories exist implicitly.

use crate::uapi::{F_SEAL_SEAL, MountOptions};
use rustc_hash::FxHashMap as HashMap;

pub type InodeId = u32;
pub type FileId = u32;
pub type MountId = u32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FsType {
    Ext4,
    Tmpfs,
    Hugetlbfs,
    /// devtmpfs-like holder of device nodes that the scenario did not place on a mount.
    Internal,
}

#[derive(Clone, Debug)]
pub struct Mount {
    pub path: String,
    pub fstype: FsType,
    /// ro, noexec, nosuid, nodev, mand (MS_MANDLOCK), hugetlbfs page size.
    pub opts: MountOptions,
    /// (major, minor) of the superblock.
    pub dev: (u32, u32),
}

pub use crate::uapi::DeviceKind;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InodeKind {
    Regular,
    Dir,
    CharDev(DeviceKind),
    Fifo,
    /// The unlinked tmpfs object behind a shared anonymous or /dev/zero mapping.
    ShmemObject,
    /// The unlinked hugetlbfs file behind MAP_HUGETLB|MAP_ANONYMOUS.
    AnonHuge,
    /// The terminal descriptors 0, 1 and 2 point at.
    Tty,
}

/// A POSIX lock (fs/locks.c), owned by a process.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PosixLock {
    pub owner: u32,
    pub write: bool,
    pub start: u64,
    /// Inclusive end (OFFSET_MAX for "to the end").
    pub end: u64,
}

#[derive(Clone, Debug)]
pub struct Inode {
    pub ino: u64,
    pub mount: MountId,
    pub kind: InodeKind,
    /// Permission bits including setuid/setgid/sticky (07777).
    pub mode: u32,
    pub uid: u32,
    pub gid: u32,
    pub size: u64,
    /// chattr +a
    pub append: bool,
    /// chattr +i
    pub immutable: bool,
    pub path: String,
    pub unlinked: bool,
    pub locks: Vec<PosixLock>,
    /// i_mmap_writable: how many VM_SHARED mappings exist.
    pub mmap_writable: u32,
    /// Huge page size for hugetlbfs inodes.
    pub huge_size: u64,
    /// The pages a shmem (tmpfs) or hugetlb object has allocated: faults
    /// allocate each once (shmem_getpage_gfp, hugetlb_no_page), and they
    /// stay with the object until it is truncated or freed.
    pub alloced: PageRanges,
    /// A hugetlbfs object's reserve map (inode_resv_map), in huge pages:
    /// what shared mappings reserved (hugetlb_reserve_pages) and what their
    /// faults committed (vma_commit_reservation). It stays with the inode
    /// after every mapping is gone, until truncation or the inode's end.
    pub resv: PageRanges,
    /// The shmem object is charged to vm_committed_as page by page as its
    /// pages are allocated (its info->flags has VM_NORESERVE): every tmpfs
    /// file (shmem_mknod passes VM_NORESERVE, mm/shmem.c:2962), and shared
    /// anonymous memory mapped with VM_NORESERVE (shmem_zero_setup).
    pub acct_by_page: bool,
    /// The file seals (F_SEAL_*), for the inodes that have them (shmem
    /// files, and hugetlbfs files from 4.14): F_SEAL_SEAL until a memfd
    /// made with MFD_ALLOW_SEALING clears it (mm/shmem.c shmem_get_inode).
    pub seals: u64,
    /// i_mmap_writable was made negative by F_SEAL_WRITE
    /// (mapping_deny_writable): shared writable mappings are refused.
    pub write_denied: bool,
    /// A SysV shared memory segment holds the object (shm_file): its last
    /// mapping going does not free it.
    pub ipc_held: bool,
}

/// Sorted, disjoint, non-adjacent `[first, end)` ranges of page indexes,
/// keyed by their first page: each operation costs a logarithm of how many
/// ranges there are plus the ranges it meets (a process may hold tens of
/// thousands of them).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageRanges {
    ranges: std::collections::BTreeMap<u64, u64>,
    /// How many pages in all.
    total: u64,
}

impl PageRanges {
    /// How many pages.
    pub fn count(&self) -> u64 {
        self.total
    }

    /// The ranges of [first, end) the set holds, in order.
    pub fn held_in(&self, first: u64, end: u64) -> Vec<(u64, u64)> {
        if first >= end {
            return Vec::new();
        }
        let before = self
            .ranges
            .range(..first)
            .next_back()
            .filter(|&(_, &b)| b > first)
            .map(|(&a, &b)| (a, b));
        before
            .into_iter()
            .chain(self.ranges.range(first..end).map(|(&a, &b)| (a, b)))
            .map(|(a, b)| (a.max(first), b.min(end)))
            .collect()
    }

    /// The pages of `[first, end)` not in the set, in order, as ranges.
    pub fn missing(&self, first: u64, end: u64) -> Vec<(u64, u64)> {
        let mut out = Vec::new();
        let mut at = first;
        for (a, b) in self.held_in(first, end) {
            if a > at {
                out.push((at, a));
            }
            at = b;
        }
        if at < end {
            out.push((at, end));
        }
        out
    }

    /// Add `[first, end)`.
    pub fn insert(&mut self, first: u64, end: u64) {
        if first >= end {
            return;
        }
        let (mut lo, mut hi) = (first, end);
        // Every range that overlaps or touches [first, end) joins it.
        let meeting: Vec<(u64, u64)> = self
            .ranges
            .range(..=end)
            .rev()
            .take_while(|&(_, &b)| b >= first)
            .map(|(&a, &b)| (a, b))
            .collect();
        for (a, b) in meeting {
            self.ranges.remove(&a);
            self.total -= b - a;
            lo = lo.min(a);
            hi = hi.max(b);
        }
        self.ranges.insert(lo, hi);
        self.total += hi - lo;
    }

    /// How many pages of `self` and `other` together.
    pub fn union_count(&self, other: &PageRanges) -> u64 {
        let mut all = self.clone();
        all.extend(other);
        all.count()
    }

    /// Add every page of `other`.
    pub fn extend(&mut self, other: &PageRanges) {
        for (&a, &b) in &other.ranges {
            self.insert(a, b);
        }
    }

    /// How many pages of [first, end) the set holds.
    pub fn count_in(&self, first: u64, end: u64) -> u64 {
        self.held_in(first, end).iter().map(|(a, b)| b - a).sum()
    }

    /// Forget the pages from `first` on (truncation); how many there were.
    pub fn remove_from(&mut self, first: u64) -> u64 {
        self.remove_range(first, u64::MAX)
    }

    /// Forget the pages of [first, end) (a hole punched); how many there were.
    pub fn remove_range(&mut self, first: u64, end: u64) -> u64 {
        if first >= end {
            return 0;
        }
        let meeting: Vec<(u64, u64)> = self
            .ranges
            .range(..end)
            .rev()
            .take_while(|&(_, &b)| b > first)
            .map(|(&a, &b)| (a, b))
            .collect();
        let mut removed = 0;
        for (a, b) in meeting {
            self.ranges.remove(&a);
            self.total -= b - a;
            if a < first {
                self.ranges.insert(a, first);
                self.total += first - a;
            }
            if b > end {
                self.ranges.insert(end, b);
                self.total += b - end;
            }
            removed += b.min(end) - a.max(first);
        }
        removed
    }

    /// Whether page `page` is in the set.
    pub fn contains(&self, page: u64) -> bool {
        self.ranges
            .range(..=page)
            .next_back()
            .is_some_and(|(_, &b)| b > page)
    }

    /// Forget every page (truncation to 0, the object freed); how many there were.
    pub fn clear(&mut self) -> u64 {
        let n = self.total;
        self.ranges.clear();
        self.total = 0;
        n
    }
}

pub const FMODE_READ: u32 = 0x1;
pub const FMODE_WRITE: u32 = 0x2;
pub const FMODE_PATH: u32 = 0x4000;

/// An open file description (`struct file`).
#[derive(Clone, Debug)]
pub struct OpenFile {
    pub inode: InodeId,
    pub fmode: u32,
    pub flags: u64,
    /// VMAs pointing at this file; a shmem object is freed (and its charge
    /// returned) when the last goes.
    pub vma_refs: u64,
    /// Pages charged to vm_committed_as by shmem_acct_size, returned on the last unmap.
    pub charged_pages: u64,
    /// Huge pages reserved by hugetlb_reserve_pages, returned on the last unmap.
    pub reserved_huge: u64,
    /// A SysV shared memory attach (do_shmat's file): the segment's id.
    pub shm_id: Option<u32>,
}

impl OpenFile {
    pub fn readable(&self) -> bool {
        self.fmode & FMODE_READ != 0
    }
    pub fn writable(&self) -> bool {
        self.fmode & FMODE_WRITE != 0
    }
}

#[derive(Clone, Debug, Default)]
pub struct Vfs {
    pub mounts: Vec<Mount>,
    pub inodes: Vec<Inode>,
    pub files: Vec<OpenFile>,
    pub by_path: HashMap<String, InodeId>,
    next_ino: u64,
    next_shmem_ino: u64,
    next_anon_minor: u32,
    next_disk_minor: u32,
}

/// Where inode numbers of declared files start (after ext4's reserved inodes).
pub const FIRST_INO: u64 = 12;
/// Inode numbers of the internal shm mount's objects (get_next_ino) start here.
pub const FIRST_SHMEM_INO: u64 = 20001;
/// The internal shm mount's device, as it often is on x86 (00:05).
pub const SHM_MNT_DEV: (u32, u32) = (0, 5);
/// The internal hugetlbfs mount's device.
pub const HUGETLBFS_MNT_DEV: (u32, u32) = (0, 0x10);

impl Vfs {
    pub fn new() -> Vfs {
        let mut v = Vfs {
            next_ino: FIRST_INO,
            next_shmem_ino: FIRST_SHMEM_INO,
            next_anon_minor: 0x20,
            next_disk_minor: 1,
            ..Vfs::default()
        };
        v.add_mount("/", FsType::Ext4);
        v
    }

    /// Add a mount (or replace the default root). Devices: ext4 gets 08:NN like a
    /// disk partition, tmpfs and hugetlbfs get anonymous 00:NN devices, in order.
    pub fn add_mount(&mut self, path: &str, fstype: FsType) -> MountId {
        let dev = match fstype {
            FsType::Ext4 => {
                let d = (8, self.next_disk_minor);
                self.next_disk_minor += 1;
                d
            }
            _ => {
                let d = (0, self.next_anon_minor);
                self.next_anon_minor += 1;
                d
            }
        };
        let m = Mount {
            path: normalize(path),
            fstype,
            opts: MountOptions::DEFAULT,
            dev,
        };
        if path == "/" && !self.mounts.is_empty() {
            // The scenario mounts / itself: it replaces the default.
            let keep_dev = self.mounts[0].dev;
            self.mounts[0] = Mount { dev: keep_dev, ..m };
            return 0;
        }
        self.mounts.push(m);
        (self.mounts.len() - 1) as MountId
    }

    /// The mount a path lives on: the longest mount-point prefix.
    pub fn mount_of(&self, path: &str) -> MountId {
        let mut best = 0usize;
        let mut best_len = 0usize;
        for (i, m) in self.mounts.iter().enumerate() {
            let p = m.path.as_str();
            let under = p == "/" || path == p || path.starts_with(&format!("{p}/"));
            if under && p.len() >= best_len {
                best = i;
                best_len = p.len();
            }
        }
        best as MountId
    }

    pub fn add_inode(
        &mut self,
        path: &str,
        kind: InodeKind,
        mode: u32,
        uid: u32,
        gid: u32,
    ) -> InodeId {
        let path = normalize(path);
        let mount = self.mount_of(&path);
        let ino = self.next_ino;
        self.next_ino += 1;
        let huge_size = self.mounts[mount as usize].opts.pagesize;
        let tmpfs = self.mounts[mount as usize].fstype == FsType::Tmpfs;
        self.inodes.push(Inode {
            ino,
            mount,
            kind,
            mode,
            uid,
            gid,
            size: 0,
            append: false,
            immutable: false,
            path: path.clone(),
            unlinked: false,
            locks: Vec::new(),
            mmap_writable: 0,
            huge_size,
            alloced: PageRanges::default(),
            resv: PageRanges::default(),
            acct_by_page: tmpfs && kind == InodeKind::Regular,
            seals: F_SEAL_SEAL,
            write_denied: false,
            ipc_held: false,
        });
        let id = (self.inodes.len() - 1) as InodeId;
        self.by_path.insert(path, id);
        id
    }

    /// The unnamed file an O_TMPFILE open creates in `dir` (ext4_tmpfile,
    /// shmem_tmpfile, hugetlbfs_tmpfile): a regular inode of the directory's
    /// mount that no path finds. d_tmpfile names its dentry `#<ino>` and it
    /// has no link, so /proc/PID/maps shows `<dir>/#<ino> (deleted)`.
    pub fn add_tmpfile(&mut self, dir: &str, mode: u32, uid: u32, gid: u32) -> InodeId {
        let dir = normalize(dir);
        let mount = self.mount_of(&dir);
        let ino = self.next_ino;
        self.next_ino += 1;
        let sep = if dir == "/" { "" } else { "/" };
        self.inodes.push(Inode {
            ino,
            mount,
            kind: InodeKind::Regular,
            mode,
            uid,
            gid,
            size: 0,
            append: false,
            immutable: false,
            path: format!("{dir}{sep}#{ino}"),
            unlinked: true,
            locks: Vec::new(),
            mmap_writable: 0,
            huge_size: self.mounts[mount as usize].opts.pagesize,
            alloced: PageRanges::default(),
            resv: PageRanges::default(),
            // shmem_tmpfile creates it as shmem_mknod does (mm/shmem.c:2991).
            acct_by_page: self.mounts[mount as usize].fstype == FsType::Tmpfs,
            seals: F_SEAL_SEAL,
            write_denied: false,
            ipc_held: false,
        });
        (self.inodes.len() - 1) as InodeId
    }

    /// An unlinked object on an internal mount (shmem_zero_setup, hugetlb_file_setup).
    pub fn add_internal_object(
        &mut self,
        name: &str,
        kind: InodeKind,
        size: u64,
        huge_size: u64,
    ) -> InodeId {
        let ino = self.next_shmem_ino;
        self.next_shmem_ino += 1;
        self.inodes.push(Inode {
            ino,
            mount: u32::MAX,
            kind,
            mode: 0o1777,
            uid: 0,
            gid: 0,
            size,
            append: false,
            immutable: false,
            path: name.to_string(),
            unlinked: true,
            locks: Vec::new(),
            mmap_writable: 0,
            huge_size,
            alloced: PageRanges::default(),
            resv: PageRanges::default(),
            acct_by_page: false,
            seals: F_SEAL_SEAL,
            write_denied: false,
            ipc_held: false,
        });
        (self.inodes.len() - 1) as InodeId
    }

    pub fn open_file(&mut self, inode: InodeId, fmode: u32, flags: u64) -> FileId {
        self.files.push(OpenFile {
            inode,
            fmode,
            flags,
            vma_refs: 0,
            charged_pages: 0,
            reserved_huge: 0,
            shm_id: None,
        });
        (self.files.len() - 1) as FileId
    }

    pub fn lookup(&self, path: &str) -> Option<InodeId> {
        self.by_path.get(&normalize(path)).copied()
    }

    /// A path is a directory if declared as one, if it is a mount point, if it
    /// is `/`, or if something declared lives below it (implicit parents).
    pub fn is_dir_path(&self, path: &str) -> bool {
        let p = normalize(path);
        if p == "/" || self.mounts.iter().any(|m| m.path == p) {
            return true;
        }
        if let Some(&i) = self.by_path.get(&p) {
            return self.inodes[i as usize].kind == InodeKind::Dir;
        }
        let prefix = format!("{p}/");
        self.by_path.keys().any(|k| k.starts_with(&prefix))
            || self.mounts.iter().any(|m| m.path.starts_with(&prefix))
    }

    pub fn inode(&self, id: InodeId) -> &Inode {
        &self.inodes[id as usize]
    }

    pub fn inode_mut(&mut self, id: InodeId) -> &mut Inode {
        &mut self.inodes[id as usize]
    }

    pub fn file(&self, id: FileId) -> &OpenFile {
        &self.files[id as usize]
    }

    pub fn file_mut(&mut self, id: FileId) -> &mut OpenFile {
        &mut self.files[id as usize]
    }

    pub fn file_inode(&self, id: FileId) -> &Inode {
        self.inode(self.file(id).inode)
    }

    /// The mount an inode lives on; internal objects have none.
    pub fn inode_mount(&self, id: InodeId) -> Option<&Mount> {
        self.mounts.get(self.inode(id).mount as usize)
    }

    /// (major, minor) shown in /proc/PID/maps for an inode.
    pub fn inode_dev(&self, id: InodeId) -> (u32, u32) {
        let i = self.inode(id);
        match i.kind {
            InodeKind::ShmemObject => SHM_MNT_DEV,
            InodeKind::AnonHuge => HUGETLBFS_MNT_DEV,
            _ => self.inode_mount(id).map_or((0, 0), |m| m.dev),
        }
    }

    /// path_noexec (fs/exec.c:107): the mount has MNT_NOEXEC.
    pub fn path_noexec(&self, file: FileId) -> bool {
        self.inode_mount(self.file(file).inode)
            .is_some_and(|m| m.opts.noexec)
    }

    /// The parent directory of a path.
    pub fn parent(path: &str) -> String {
        let p = normalize(path);
        match p.rfind('/') {
            Some(0) | None => "/".to_string(),
            Some(i) => p[..i].to_string(),
        }
    }
}

/// Collapse repeated slashes and a trailing slash; relative paths are taken from `/`.
pub fn normalize(path: &str) -> String {
    let mut out = String::with_capacity(path.len() + 1);
    for part in path.split('/').filter(|s| !s.is_empty() && *s != ".") {
        out.push('/');
        out.push_str(part);
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

#[cfg(test)]
mod page_ranges_tests {
    use super::PageRanges;
    use proptest::prelude::*;
    use std::collections::BTreeSet;

    #[derive(Clone, Debug)]
    enum Op {
        Insert(u64, u64),
        Remove(u64, u64),
        RemoveFrom(u64),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (0u64..64, 0u64..64).prop_map(|(a, b)| Op::Insert(a, b)),
            (0u64..64, 0u64..64).prop_map(|(a, b)| Op::Remove(a, b)),
            (0u64..64).prop_map(Op::RemoveFrom),
        ]
    }

    proptest! {
        /// The ranges hold exactly the pages a plain set would, and every
        /// query answers as the set does.
        #[test]
        fn ranges_behave_as_a_set_of_pages(ops in proptest::collection::vec(op(), 0..40), q in (0u64..70, 0u64..70)) {
            let mut r = PageRanges::default();
            let mut set = BTreeSet::new();
            for op in ops {
                match op {
                    Op::Insert(a, b) => {
                        r.insert(a, b);
                        set.extend(a..b);
                    }
                    Op::Remove(a, b) => {
                        let before = set.len() as u64;
                        set.retain(|p| !(a..b).contains(p));
                        prop_assert_eq!(r.remove_range(a, b), before - set.len() as u64);
                    }
                    Op::RemoveFrom(a) => {
                        let before = set.len() as u64;
                        set.retain(|&p| p < a);
                        prop_assert_eq!(r.remove_from(a), before - set.len() as u64);
                    }
                }
                prop_assert_eq!(r.count(), set.len() as u64);
            }
            let (a, b) = q;
            let held: Vec<u64> = r.held_in(a, b).into_iter().flat_map(|(x, y)| x..y).collect();
            let want: Vec<u64> = set.iter().copied().filter(|p| (a..b).contains(p)).collect();
            prop_assert_eq!(&held, &want);
            prop_assert_eq!(r.count_in(a, b.max(a)), want.len() as u64);
            let missing: Vec<u64> = r.missing(a, b).into_iter().flat_map(|(x, y)| x..y).collect();
            let absent: Vec<u64> = (a..b).filter(|p| !set.contains(p)).collect();
            prop_assert_eq!(missing, absent);
            prop_assert_eq!(r.contains(a), set.contains(&a));
        }
    }
}
