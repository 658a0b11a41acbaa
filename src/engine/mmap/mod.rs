//! mm/mmap.c, and the x86-64 mmap entry that feeds it.
//!
//! The call path, in kernel order: [`sys_mmap`] (arch/x86/kernel/sys_x86_64.c)
//! → [`sys_mmap_pgoff`] → `vm_mmap_pgoff` (util.rs) → [`do_mmap`] →
//! [`get_unmapped_area`] → [`mmap_region`] → [`vma_merge`]. munmap is
//! [`do_munmap`] with [`split_vma`].

mod do_mmap;
mod merge;
mod munmap;
mod region;
mod unmapped_area;

pub use do_mmap::{
    calc_vm_prot_bits, can_do_mlock, do_mmap, mlock_future_check, sys_mmap, sys_mmap_pgoff,
};
pub use merge::{MergeResult, anon_vma_prepare, vma_merge, vma_modify_flags};
pub use munmap::{__split_vma, do_munmap, munmap_clear, munmap_gather, split_vma};
pub use region::{
    MayExpand, may_expand_vm, mmap_region, release_unlinked, vma_file_get, vma_file_put,
};
pub use unmapped_area::{
    TASK_SIZE, TASK_UNMAPPED_BASE, arch_pick_mmap_layout, get_unmapped_area, security_mmap_addr,
};
