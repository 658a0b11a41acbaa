//! `struct vm_area_struct` as the model keeps it, and the `VM_*` flag bits
//! (include/linux/mm.h:159-272 in v4.12).

use super::fs::FileId;

pub const PAGE_SHIFT: u32 = 12;
pub const PAGE_SIZE: u64 = 1 << PAGE_SHIFT;
pub const PAGE_MASK: u64 = !(PAGE_SIZE - 1);

/// Round up to a page boundary, wrapping like the kernel's PAGE_ALIGN.
pub const fn page_align(x: u64) -> u64 {
    x.wrapping_add(PAGE_SIZE - 1) & PAGE_MASK
}

pub const VM_NONE: u64 = 0;
pub const VM_READ: u64 = 0x1;
pub const VM_WRITE: u64 = 0x2;
pub const VM_EXEC: u64 = 0x4;
pub const VM_SHARED: u64 = 0x8;
pub const VM_MAYREAD: u64 = 0x10;
pub const VM_MAYWRITE: u64 = 0x20;
pub const VM_MAYEXEC: u64 = 0x40;
pub const VM_MAYSHARE: u64 = 0x80;
pub const VM_GROWSDOWN: u64 = 0x100;
pub const VM_PFNMAP: u64 = 0x400;
pub const VM_DENYWRITE: u64 = 0x800;
/// 6.18.37+ (include/linux/mm.h VM_MAYBE_GUARD, bit 11, which VM_DENYWRITE
/// held until 5.15): MADV_GUARD_INSTALL marked the VMA; merges ignore it
/// and keep it (VM_STICKY).
pub const VM_MAYBE_GUARD: u64 = 0x800;
pub const VM_LOCKED: u64 = 0x2000;
pub const VM_IO: u64 = 0x4000;
/// madvise's read-ahead hints (MADV_SEQUENTIAL, MADV_RANDOM).
pub const VM_SEQ_READ: u64 = 0x8000;
pub const VM_RAND_READ: u64 = 0x1_0000;
/// MADV_DONTFORK: fork does not copy the VMA.
pub const VM_DONTCOPY: u64 = 0x2_0000;
pub const VM_DONTEXPAND: u64 = 0x4_0000;
pub const VM_LOCKONFAULT: u64 = 0x8_0000;
pub const VM_ACCOUNT: u64 = 0x10_0000;
pub const VM_NORESERVE: u64 = 0x20_0000;
pub const VM_HUGETLB: u64 = 0x40_0000;
pub const VM_SOFTDIRTY: u64 = 0x800_0000;
/// MADV_HUGEPAGE (include/linux/mm.h:202 in v4.12).
pub const VM_HUGEPAGE: u64 = 0x2000_0000;
/// MADV_MERGEABLE: KSM may merge the VMA's pages.
pub const VM_MERGEABLE: u64 = 0x8000_0000;
/// 6.x flags (include/linux/mm.h): VM_SYNC (MAP_SYNC), VM_WIPEONFORK,
/// VM_DONTDUMP, VM_NOHUGEPAGE (MAP_STACK), VM_DROPPABLE (a high bit).
pub const VM_SYNC: u64 = 0x80_0000;
pub const VM_WIPEONFORK: u64 = 0x200_0000;
pub const VM_DONTDUMP: u64 = 0x400_0000;
pub const VM_NOHUGEPAGE: u64 = 0x4000_0000;
pub const VM_DROPPABLE: u64 = 1 << 40;
/// mseal (6.10+): bit 63 on 64-bit kernels (include/linux/mm.h).
pub const VM_SEALED: u64 = 1 << 63;
pub const VM_MIXEDMAP: u64 = 0x1000_0000;
/// VM_GROWSUP is 0 on x86, so VM_STACK is VM_GROWSDOWN.
pub const VM_STACK: u64 = VM_GROWSDOWN;
pub const VM_SPECIAL: u64 = VM_IO | VM_DONTEXPAND | VM_PFNMAP | VM_MIXEDMAP;
pub const VM_LOCKED_MASK: u64 = VM_LOCKED | VM_LOCKONFAULT;
pub const VM_ACCESS_FLAGS: u64 = VM_READ | VM_WRITE | VM_EXEC;

/// Which `vm_operations_struct` a VMA has. It matters for merging (a `close`
/// method forbids it) and for naming.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VmOps {
    /// Anonymous memory, or a private /dev/zero mapping (no vm_ops).
    None,
    /// A regular file's generic_file_vm_ops (no close).
    File,
    /// shmem_vm_ops: tmpfs files and the objects behind shared anonymous memory (no close).
    Shmem,
    /// hugetlb_vm_ops, which has a close method.
    Hugetlb,
    /// shm_vm_ops: a SysV shared memory attach (ipc/shm.c), around the
    /// segment's shmem ops. It has a close method and no map_pages (no
    /// fault-around).
    Sysv,
    /// A special mapping installed at exec ([vvar], [vvar_vclock], [vdso]);
    /// its vm_ops->name gives the maps name.
    Special(&'static str),
}

/// Identity of an anon_vma. Chains are always singular in this model: there is no fork.
pub type AnonVmaId = u32;

/// The model's vm_area_struct, minus the range (kept by the tree).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Vma {
    pub flags: u64,
    pub pgoff: u64,
    /// The open file description (`vm_file`), compared by identity when merging.
    pub file: Option<FileId>,
    pub anon_vma: Option<AnonVmaId>,
    pub ops: VmOps,
}

impl Vma {
    pub fn anonymous(flags: u64, pgoff: u64) -> Vma {
        Vma {
            flags,
            pgoff,
            file: None,
            anon_vma: None,
            ops: VmOps::None,
        }
    }
    /// vm_ops->close exists: such VMAs never merge (is_mergeable_vma, mm/mmap.c:989).
    pub fn has_close(&self) -> bool {
        matches!(self.ops, VmOps::Hugetlb | VmOps::Sysv | VmOps::Special(_))
    }
}
