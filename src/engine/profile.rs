//! Kernel profiles. The engine is one engine: where Linux 6.18 differs from
//! 4.12, the code takes a named branch on a [`Profile`] parameter, and each
//! parameter says where both kernels decide it. Nothing else differs.

use super::machine::Kernel;

/// How hugetlb_get_unmapped_area treats an address hint (not MAP_FIXED).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HugetlbHint {
    /// 4.12 arch/x86/mm/hugetlbpage.c:148: rounded up to a huge page; a
    /// hint that wraps to 0 is still tried (and cap_mmap_addr refuses it).
    RoundUp,
    /// x86's own function from 4.14 to 6.12 (arch/x86/mm/hugetlbpage.c
    /// hugetlb_get_unmapped_area): rounded down, taken if
    /// mmap_address_hint_valid and free.
    RoundDown,
    /// The generic function x86 uses later (fs/hugetlbfs/inode.c in 6.18):
    /// rounded up; a hint that rounds up past the top means no hint.
    RoundUpGeneric,
}

/// Where a shared mapping of a write-sealed (memfd) file is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SealMmap {
    /// 4.12 mmap_region (mm/mmap.c:1678): mapping_map_writable refuses any
    /// VM_SHARED mapping once F_SEAL_WRITE denied them, read-only included;
    /// i_mmap_writable counts every VM_SHARED mapping.
    SharedCounts,
    /// Debian's 6.1.y (6.7's rule backported): do_mmap drops VM_MAYWRITE
    /// from a read-only shared mapping (is_readonly_sealed), mmap_region
    /// refuses a writable one where F_SEAL_WRITE denied it, and shmem_mmap
    /// (seal_check_write) refuses it for F_SEAL_FUTURE_WRITE, after a
    /// MAP_FIXED range was cleared; only shared mappings that may write
    /// count.
    InShmemMmap,
    /// 6.12 and 6.18 do_mmap (memfd_check_seals_mmap): a writable shared
    /// mapping is EPERM before anything changes; a read-only one loses
    /// VM_MAYWRITE.
    InDoMmap,
}

/// The behaviours that differ between the modelled kernels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Profile {
    /// mmap_base adds stack_guard_gap to the stack gap before clamping.
    /// 4.12: arch/x86/mm/mmap.c:95 mmap_base() has no pad; 6.18: the same
    /// function pads with stack_guard_gap (+ the randomisation range, 0 here).
    pub mmap_base_pad: bool,
    /// An unlimited RLIMIT_STACK selects the legacy bottom-up layout.
    /// 4.12: mmap_is_legacy (arch/x86/mm/mmap.c:72) tests it; 6.18 does not
    /// ("mmap, aslr: do not enforce legacy mmap on unlimited stacks").
    pub unlimited_stack_is_legacy: bool,
    /// CONFIG_LSM_MMAP_MIN_ADDR: the kernel-internal mmap_min_addr is
    /// max(vm.mmap_min_addr, this). 0 in the 4.12 model (no LSM built in,
    /// spec §0.3); 65536 on our 6.18 machines (SELinux built in, inactive).
    pub lsm_mmap_min_addr: u64,
    /// The top-down search floor is the internal mmap_min_addr, not PAGE_SIZE.
    /// 4.12: arch_get_unmapped_area_topdown sets low_limit = PAGE_SIZE
    /// (sys_x86_64.c:196); 6.18: unmapped_area_topdown (mm/vma.c) clamps it.
    pub search_floor_is_min_addr: bool,
    /// ext4 files are placed by thp_get_unmapped_area, so that file offset
    /// and address agree modulo 2 MiB. 4.12: mm/huge_memory.c:534 returns
    /// at once for a file that is not DAX; 6.1 and later have no such test.
    pub thp_align_files: bool,
    /// Private anonymous memory without a hint whose length is a multiple
    /// of 2 MiB is THP-aligned too (mm/mmap.c __get_unmapped_area, 6.7+).
    pub thp_align_anon: bool,
    /// Private /dev/zero mappings are THP-aligned: get_unmapped_area_zero
    /// (drivers/char/mem.c) calls thp_get_unmapped_area (2025, after 6.12;
    /// 6.1 and 6.12 use the mm's plain allocator).
    pub thp_align_dev_zero: bool,
    /// __thp_get_unmapped_area places a top-down mapping at the top of the
    /// padded hole when the hole's start is already aligned ("must honour
    /// topdown preference", 6.8+); 6.1 always adds the offset's remainder
    /// to the hole's start (mm/huge_memory.c __thp_get_unmapped_area).
    pub thp_topdown_upper: bool,
    /// The mmap flags of 4.15-4.17: MAP_SHARED_VALIDATE and MAP_SYNC
    /// (4.15), MAP_FIXED_NOREPLACE (4.17); 4.12 knows none of them.
    pub modern_map_flags: bool,
    /// MAP_ABOVE4G (6.6, arch/x86/kernel/sys_x86_64.c): the search starts
    /// at 4 GiB, and MAP_SHARED_VALIDATE accepts the bit (LEGACY_MAP_MASK).
    pub map_above4g: bool,
    /// MAP_STACK sets VM_NOHUGEPAGE (calc_vm_flag_bits, 6.7).
    pub map_stack_nohugepage: bool,
    /// The MAP_DROPPABLE mapping type (6.11); before it, type 0x08 is
    /// unknown (EINVAL).
    pub map_droppable: bool,
    /// How hugetlb_get_unmapped_area treats an address hint.
    pub hugetlb_hint: HugetlbHint,
    /// Mandatory locking (locks_verify_locked in do_mmap, mm/mmap.c:1405 in
    /// 4.12; removed in 5.15).
    pub mandatory_locking: bool,
    /// file_mmap_ok: EOVERFLOW for offsets past the file's maximum (4.17).
    pub file_mmap_ok: bool,
    /// mmap_region checks the limits and charges commit before it removes
    /// what MAP_FIXED replaces, so those failures keep the old mapping; the
    /// clearing munmap's own errors pass through. 4.12: mm/mmap.c:1613-1642
    /// unmaps first and reports any munmap failure as ENOMEM; 6.18:
    /// __mmap_region (mm/vma.c) gathers, checks, then clears.
    pub fixed_checks_before_unmap: bool,
    /// A failure of the file's mmap method returns the commit charge just
    /// taken. 4.12: unmap_and_free_vma resets `charged` first
    /// (mm/mmap.c:1753), so the charge stays; 6.1 and later unaccount it.
    pub region_failure_uncharges: bool,
    /// mmap_region grows a neighbour over a new mapping with 6.1's
    /// vma_expand: next first, then prev with next's anon_vma, keeping next
    /// grown when prev and next cannot become one (6.1 mm/mmap.c
    /// __mmap_region). 4.12 and 6.12+ ask vma_merge (vma_merge_new_range),
    /// which grows prev.
    pub mmap_region_expand: bool,
    /// A range with an anon_vma may merge into a neighbour without one.
    /// 4.12: is_mergeable_anon_vma (mm/mmap.c:996) needs a singular chain on
    /// the existing VMA; 6.18: vma_had_uncowed_parents (mm/vma.c) only.
    pub relaxed_anon_vma_merge: bool,
    /// mprotect dropping write on a never-faulted anonymous VMA also drops
    /// VM_ACCOUNT and returns the charge (mm/mprotect.c mprotect_fixup, 6.x).
    pub mprotect_drops_account: bool,
    /// Overcommit mode 0 refuses only a single request larger than RAM +
    /// swap (mm/util.c __vm_enough_memory, 5.2+); 4.12 used free memory.
    pub overcommit_guess_total: bool,
    /// mlockall(MCL_ONFAULT) alone is EINVAL (5.3+; 4.12 mm/mlock.c:796 took it).
    pub mlockall_onfault_alone_einval: bool,
    /// The gap searches find a raw gap and then restart past a VM_GROWSDOWN
    /// area whose guard gap intrudes, skipping every gap inside the guard.
    /// 4.12: the guard is part of each gap in the rbtree (mm/mmap.c:1767-1967,
    /// vm_start_gap); 6.18: mm/vma.c unmapped_area{,_topdown} retry.
    pub guard_gap_retry: bool,
    /// mremap knows MREMAP_DONTUNMAP (5.7; 4.12 mm/mremap.c:519 knows
    /// MREMAP_FIXED and MREMAP_MAYMOVE only), and vma_to_resize refuses
    /// old_len 0 on a private mapping (4.17) and MREMAP_DONTUNMAP of a
    /// VM_DONTEXPAND or VM_PFNMAP one (5.7).
    pub mremap_dontunmap: bool,
    /// sys_mremap looks the source VMA up (EFAULT) and applies the hugetlb
    /// alignment before MREMAP_FIXED, MREMAP_DONTUNMAP or a shrink does
    /// anything (5.16, with hugetlb mremap; 6.1 and 6.12 mm/mremap.c
    /// sys_mremap). 4.12 looks only where it needs the VMA.
    pub mremap_lookup_first: bool,
    /// Before anything is unmapped for a move to a new address, mremap
    /// refuses with ENOMEM when map_count + 2 >= max_map_count - 3 ("bail out
    /// earlier in mremap_to under map pressure", 4.17: 6.1 and 6.12
    /// mremap_to; 6.18 check_mremap_params). 4.12 has only move_vma's test.
    pub mremap_map_count_first: bool,
    /// MREMAP_DONTUNMAP of a locked VMA splits the source ahead so only the
    /// moved part unlocks, and leaves locked_vm alone: the copy inherits the
    /// count (6.1 and 6.12 move_vma: "Because we won't unmap we don't need
    /// to touch locked_vm"). 6.18's dontunmap_complete unlocks the whole
    /// source VMA and counts the copy as well.
    pub mremap_dontunmap_moves_lock: bool,
    /// check_mremap_params (6.16) checks every parameter before any VMA is
    /// looked at: new_len above TASK_SIZE, then a new address's range,
    /// alignment, MREMAP_MAYMOVE, MREMAP_DONTUNMAP's size and the overlap;
    /// and check_prep_vma checks the source only for growth or a move, where
    /// it also refuses old_len 0 on a private mapping (4.17) and
    /// MREMAP_DONTUNMAP of a special one. 4.12: sys_mremap checks the flags,
    /// MREMAP_FIXED without MREMAP_MAYMOVE, addr and new_len
    /// (mm/mremap.c:519-536), mremap_to the new address (:439-447).
    pub mremap_params_first: bool,
    /// The source VMA is looked up and checked (check_prep_vma) before
    /// MREMAP_FIXED unmaps the destination and before a shrink (6.16).
    /// 4.12: mremap_to unmaps the destination and shrinks
    /// (mm/mremap.c:449-458) before the source is checked; a shrink in
    /// place never looks (:553-559).
    pub mremap_source_checked_first: bool,
    /// A same-size MREMAP_FIXED move takes every VMA of the range
    /// (remap_move, 6.17); 4.12 takes the VMA at addr alone.
    pub mremap_multi_vma: bool,
    /// hugetlb mappings can be remapped between huge-page aligned addresses
    /// without growing (align_hugetlb, 5.16); 4.12 vma_to_resize refuses
    /// them (mm/mremap.c:386).
    pub mremap_hugetlb: bool,
    /// The commit charge is taken where the VMA grows or moves
    /// (vrm_calc_charge, 6.16; with MREMAP_DONTUNMAP the whole copy); 4.12
    /// vma_to_resize charges the growth before anything moves
    /// (mm/mremap.c:419-423).
    pub mremap_charge_late: bool,
    /// Growth in place merges with a compatible next VMA (vma_merge_extend,
    /// 6.x); 4.12's vma_adjust only moves the end (mm/mremap.c:577-580).
    pub mremap_expand_merges: bool,
    /// mlock_future_ok asks capable(CAP_IPC_LOCK) before it counts (6.18
    /// mm/mmap.c); 4.12 asks only over the limit (mm/mmap.c:1311,
    /// mm/mremap.c:410).
    pub mlock_capable_first: bool,
    /// PR_SET_MDWE and PR_GET_MDWE (6.3): memory-deny-write-execute,
    /// refused by mmap_region and mprotect with EACCES. 4.12 and 6.1's
    /// prctl does not know the options (EINVAL).
    pub mdwe: bool,
    /// The mseal system call and sealed VMAs (6.10: mm/mseal.c; munmap,
    /// mprotect and mremap refuse a sealed VMA with EPERM). Before 6.10 the
    /// call is sys_ni_syscall (ENOSYS).
    pub mseal: bool,
    /// msync meeting a hole with MS_ASYNC alone returns ENOMEM at once,
    /// the rest of the range unvisited ("there is nothing left to do", 6.1,
    /// 6.12 and 6.18 mm/msync.c); 4.12 walks on (mm/msync.c:69-72). The
    /// answer is the same; the way differs.
    pub msync_async_stops_at_hole: bool,
    /// fcntl knows F_DUPFD_QUERY (6.10) and F_CREATED_QUERY (6.12); 4.12's
    /// do_fcntl answers them EINVAL (fs/fcntl.c:341).
    pub fcntl_query_cmds: bool,
    /// open() and openat() strip the flags of an O_PATH open before anything
    /// checks them, so O_PATH wins over O_TMPFILE (and over O_CREAT).
    /// 4.12: build_open_flags tests __O_TMPFILE first (fs/open.c:924-936) and
    /// strips for O_PATH only in its else branch; 6.18: build_open_how
    /// (fs/open.c, 5.6+) keeps O_PATH_FLAGS alone before build_open_flags.
    pub o_path_strips_first: bool,
    /// build_open_flags refuses O_CREAT|O_DIRECTORY with EINVAL (6.4+,
    /// fs/open.c build_open_flags); 4.12 has no such test (fs/open.c:896-965).
    pub creat_directory_einval: bool,
    /// hugetlbfs directories have a tmpfile operation (hugetlbfs_tmpfile in
    /// 6.18 fs/hugetlbfs/inode.c); 4.12's hugetlbfs_dir_inode_operations
    /// (fs/hugetlbfs/inode.c:988-999) has none, so vfs_tmpfile answers
    /// EOPNOTSUPP (fs/namei.c:3414).
    pub hugetlbfs_tmpfile: bool,
    /// RLIMIT_MEMLOCK a process starts with (INIT_RLIMITS uses MLOCK_LIMIT
    /// for both limits). 4.12: include/uapi/linux/resource.h:71, 64 KiB;
    /// 6.18: the same header, 8 MiB (raised in 5.16).
    pub mlock_limit: u64,
    /// pkey 0 may be named to pkey_mprotect on a CPU with protection keys.
    /// 4.12: arch/x86/include/asm/pkeys.h:54 mm_pkey_is_allocated refuses
    /// pkey <= 0; 6.18: the same function allows what the allocation map
    /// holds, and init_new_context puts pkey 0 there when OSPKE is on.
    pub pkey0_allocated: bool,
    /// Populating a VM_LOCKONFAULT VMA faults nothing in and cannot fail.
    /// 4.12: mm/gup.c:1031-1033 populate_vma_page_range only drops
    /// FOLL_POPULATE, so check_vma_flags still refuses PROT_NONE (:464-466)
    /// (EFAULT, mlock's ENOMEM); 6.18: populate_vma_page_range returns at
    /// once for VM_LOCKONFAULT ("has never used faultin_page()").
    pub lockonfault_populates_nothing: bool,
    /// The madvise advice of 4.14-6.1 (WIPEONFORK and KEEPONFORK 4.14, COLD
    /// and PAGEOUT 5.4, POPULATE_READ and POPULATE_WRITE 5.14,
    /// DONTNEED_LOCKED 5.18, COLLAPSE 6.1) with the rest of 6.x's madvise
    /// shape: hugetlb VMAs take MADV_DONTNEED from a huge-page boundary and
    /// MADV_DODUMP, and a split past vm.max_map_count is EAGAIN (6.1 and
    /// 6.12 madvise_vma_behavior). 4.12 knows none of that advice
    /// (mm/madvise.c:667-699), refuses hugetlb in can_madv_dontneed_vma
    /// (mm/internal.h:46) and VM_SPECIAL for DODUMP (:87), and answers the
    /// map count ENOMEM (:138).
    pub madvise_5x_advice: bool,
    /// MADV_GUARD_INSTALL and MADV_GUARD_REMOVE (6.13).
    pub madvise_guard: bool,
    /// MADV_GUARD_INSTALL sets VM_MAYBE_GUARD (smaps `gu`) on the whole VMA,
    /// and merges ignore and keep it (VM_STICKY; 6.19, in 6.18 from
    /// 6.18.37, the 6.18 host's kernel).
    pub vma_maybe_guard: bool,
    /// A sealed VMA refuses discarding advice when vma_is_anonymous (no
    /// vm_ops: so a private /dev/zero mapping too) and not writable (6.18
    /// mm/madvise.c can_madvise_modify); 6.12's can_modify_vma_madv
    /// (mm/mseal.c is_ro_anon) asks for no file and not VM_SHARED instead.
    pub madvise_seal_by_ops: bool,
    /// MADV_POPULATE_* is one pass of get_user_pages over the range that
    /// stops at the first hole with ENOMEM (6.9+: 6.12 do_madvise calls
    /// madvise_populate directly); 6.1 populates VMA by VMA in the walk,
    /// so holes are ENOMEM at the end.
    pub madvise_populate_unwalked: bool,
    /// MADV_REMOVE wants VM_SHARED|VM_MAYWRITE (vma_is_shared_maywrite, 6.1
    /// and 6.12 madvise_remove); 4.12 wants VM_SHARED|VM_WRITE
    /// (mm/madvise.c:579).
    pub madvise_remove_maywrite: bool,
    /// do_mincore reports page cache residency only for files the caller
    /// could open for writing (can_do_mincore, 5.0; 6.x mm/mincore.c);
    /// for other file mappings every page reads as resident. 4.12 reports
    /// all.
    pub mincore_can_do: bool,
    /// walk_hugetlb_range reports a hugetlb range without a page table to
    /// pte_hole (4.13+, mm/pagewalk.c), where mincore looks the page up in
    /// the page cache. 4.12 skips it (mm/pagewalk.c:186-193): mincore's
    /// entries for it are left unwritten (stale memory) and those after it
    /// land early.
    pub hugetlb_walk_reports_holes: bool,
    /// CONFIG_KSM in the kernel as built: off in the 4.12 judge's config,
    /// on in Debian's 6.1 and 6.12 and in the 6.18 host's. Without it,
    /// MADV_MERGEABLE and MADV_UNMERGEABLE are EINVAL.
    pub ksm: bool,
    /// CONFIG_MEMORY_FAILURE in the kernel as built: on in Debian's 6.12
    /// cloud kernel only. Without it MADV_HWPOISON and MADV_SOFT_OFFLINE are
    /// EINVAL.
    pub memory_failure: bool,
    /// smaps' VmFlags names by flag bit (show_smap_vma_flags' mnemonics);
    /// a bit without a name prints `??`.
    pub vm_flag_names: &'static [(u32, &'static str)],
    /// CONFIG_MEM_SOFT_DIRTY in the kernel as built: every VMA is
    /// VM_SOFTDIRTY (`sd`) until clear_refs. On in Debian's 6.1 and 6.12, off
    /// in the 4.12 judge's config and the 6.18 host's.
    pub soft_dirty: bool,
    /// memfd_create's MFD_HUGETLB (4.14) and the rest of mm/memfd.c (4.16):
    /// hugetlbfs files have seals, and F_ADD_SEALS asks for FMODE_WRITE
    /// before what the file is. 4.12 (mm/shmem.c:2697-2765) refuses a
    /// file that is not shmem first.
    pub memfd_hugetlb: bool,
    /// MFD_NOEXEC_SEAL, MFD_EXEC and F_SEAL_EXEC (6.3).
    pub memfd_noexec: bool,
    /// F_SEAL_FUTURE_WRITE (5.1).
    pub seal_future_write: bool,
    /// Where a shared mapping of a write-sealed file is refused.
    pub memfd_seal_mmap: SealMmap,
    /// A user access more than 64 KiB below the stack pointer is refused
    /// before the stack may grow (4.12 arch/x86/mm/fault.c:1419; gone in
    /// 4.20, "x86/mm: remove the sp check").
    pub fault_below_sp_check: bool,
    /// prctl knows PR_SET_VMA (5.17); without CONFIG_ANON_VMA_NAME (every
    /// modelled build) prctl_set_vma answers EINVAL. 4.12's prctl does not
    /// know the option (EINVAL from its default).
    pub pr_set_vma: bool,
    /// The transparent huge page mode is `always` (the 4.12 judge's
    /// config and Debian's 6.1 and 6.12 cloud kernels); `madvise` on the
    /// 6.18 host, where only MADV_HUGEPAGE memory takes huge pages.
    pub thp_always: bool,
    /// A write to the huge zero page allocates a huge page for the whole
    /// extent (4.12 do_huge_pmd_wp_page, mm/huge_memory.c:1217,
    /// `goto alloc`; again in 6.18, do_huge_zero_wp_pmd); 5.8 to 6.12 at least
    /// split the zero page's mapping and copy one small page (6.1 and 6.12
    /// do_huge_pmd_wp_page: `goto fallback`).
    pub thp_zero_wp_allocates: bool,
    /// shmat's SHM_RND rounds any unaligned address down, and refuses only
    /// a result of 0 with SHM_REMAP (4.17+, 6.x ipc/shm.c do_shmat). 4.12
    /// (ipc/shm.c:1122) rounds only an address of at least SHMLBA and
    /// refuses a smaller one.
    pub shm_rnd_to_zero: bool,
    /// SysV IPC ids are allocated cyclically (idr_alloc_cyclic below
    /// max(in_use * 3/2, 64)) and the sequence number steps only when the
    /// index wraps (4.19+ ipc_idr_alloc, 6.x ipc/util.c). 4.12 ipc_addid
    /// (ipc/util.c:220-268) takes the lowest free index and steps the
    /// sequence number at every allocation.
    pub ipc_ids_cyclic: bool,
    /// SHM_HUGETLB without CAP_IPC_LOCK or vm.hugetlb_shm_group may count
    /// against RLIMIT_MEMLOCK instead (4.12 hugetlb_file_setup,
    /// fs/hugetlbfs/inode.c:1265-1276, user_shm_lock); 6.x refuses it
    /// (EPERM, the mlock ulimits being "obsolete").
    pub shm_hugetlb_mlock_ulimit: bool,
    /// 5-level paging on an LA57 CPU (CONFIG_X86_5LEVEL, 4.14+; Debian's
    /// 6.1 and 6.12 and 6.18 have it): TASK_SIZE_MAX is 2^56 less a page,
    /// and an address hint above DEFAULT_MAP_WINDOW (2^47) searches up to
    /// it (arch/x86/kernel/sys_x86_64.c). 4.12 runs 4-level paging there.
    pub five_level_paging: bool,
    /// shmctl's SHM_STAT_ANY (4.17): SHM_STAT without the read-permission
    /// check. 4.12 answers EINVAL.
    pub shm_stat_any: bool,
}

/// 4.12 show_smap_vma_flags, fs/proc/task_mmu.c:620-685 (no name yet for VM_LOCKONFAULT, bit
/// 19; the protection-key bits have empty names).
#[rustfmt::skip]
const VM_FLAG_NAMES_4_12: &[(u32, &str)] = &[
    (0, "rd"), (1, "wr"), (2, "ex"), (3, "sh"), (4, "mr"), (5, "mw"), (6, "me"), (7, "ms"),
    (8, "gd"), (9, "um"), (10, "pf"), (11, "dw"), (12, "uw"), (13, "lo"), (14, "io"),
    (15, "sr"), (16, "rr"), (17, "dc"), (18, "de"), (20, "ac"), (21, "nr"), (22, "ht"),
    (24, "ar"), (26, "dd"), (27, "sd"), (28, "mm"), (29, "hg"), (30, "nh"), (31, "mg"),
    (32, ""), (33, ""), (34, ""), (35, ""),
];

/// 6.1 fs/proc/task_mmu.c show_smap_vma_flags: VM_DENYWRITE is gone (bit 11
/// unnamed), VM_SYNC `sf` and VM_WIPEONFORK `wf` came, VM_LOCKONFAULT is
/// still unnamed.
#[rustfmt::skip]
const VM_FLAG_NAMES_6_1: &[(u32, &str)] = &[
    (0, "rd"), (1, "wr"), (2, "ex"), (3, "sh"), (4, "mr"), (5, "mw"), (6, "me"), (7, "ms"),
    (8, "gd"), (9, "um"), (10, "pf"), (12, "uw"), (13, "lo"), (14, "io"), (15, "sr"),
    (16, "rr"), (17, "dc"), (18, "de"), (20, "ac"), (21, "nr"), (22, "ht"), (23, "sf"),
    (24, "ar"), (25, "wf"), (26, "dd"), (27, "sd"), (28, "mm"), (29, "hg"), (30, "nh"),
    (31, "mg"), (32, ""), (33, ""), (34, ""), (35, ""),
];

/// 6.12: VM_LOCKONFAULT `lf`, VM_DROPPABLE `dp` (bit 40), VM_SEALED `sl`
/// (bit 63).
#[rustfmt::skip]
const VM_FLAG_NAMES_6_12: &[(u32, &str)] = &[
    (0, "rd"), (1, "wr"), (2, "ex"), (3, "sh"), (4, "mr"), (5, "mw"), (6, "me"), (7, "ms"),
    (8, "gd"), (9, "um"), (10, "pf"), (12, "uw"), (13, "lo"), (14, "io"), (15, "sr"),
    (16, "rr"), (17, "dc"), (18, "de"), (19, "lf"), (20, "ac"), (21, "nr"), (22, "ht"),
    (23, "sf"), (24, "ar"), (25, "wf"), (26, "dd"), (27, "sd"), (28, "mm"), (29, "hg"),
    (30, "nh"), (31, "mg"), (32, ""), (33, ""), (34, ""), (35, ""), (40, "dp"), (63, "sl"),
];

/// 6.18.37+: VM_MAYBE_GUARD `gu` (bit 11).
#[rustfmt::skip]
const VM_FLAG_NAMES_6_18: &[(u32, &str)] = &[
    (0, "rd"), (1, "wr"), (2, "ex"), (3, "sh"), (4, "mr"), (5, "mw"), (6, "me"), (7, "ms"),
    (8, "gd"), (9, "um"), (10, "pf"), (11, "gu"), (12, "uw"), (13, "lo"), (14, "io"),
    (15, "sr"), (16, "rr"), (17, "dc"), (18, "de"), (19, "lf"), (20, "ac"), (21, "nr"),
    (22, "ht"), (23, "sf"), (24, "ar"), (25, "wf"), (26, "dd"), (27, "sd"), (28, "mm"),
    (29, "hg"), (30, "nh"), (31, "mg"), (32, ""), (33, ""), (34, ""), (35, ""), (40, "dp"),
    (63, "sl"),
];

pub const LINUX_4_12: Profile = Profile {
    mmap_base_pad: false,
    unlimited_stack_is_legacy: true,
    lsm_mmap_min_addr: 0,
    search_floor_is_min_addr: false,
    thp_align_files: false,
    thp_align_anon: false,
    thp_align_dev_zero: false,
    thp_topdown_upper: false,
    modern_map_flags: false,
    map_above4g: false,
    map_stack_nohugepage: false,
    map_droppable: false,
    hugetlb_hint: HugetlbHint::RoundUp,
    mandatory_locking: true,
    file_mmap_ok: false,
    fixed_checks_before_unmap: false,
    region_failure_uncharges: false,
    mmap_region_expand: false,
    relaxed_anon_vma_merge: false,
    mprotect_drops_account: false,
    overcommit_guess_total: false,
    mlockall_onfault_alone_einval: false,
    guard_gap_retry: false,
    mremap_dontunmap: false,
    mremap_lookup_first: false,
    mremap_map_count_first: false,
    mremap_dontunmap_moves_lock: false,
    mremap_params_first: false,
    mremap_source_checked_first: false,
    mremap_multi_vma: false,
    mremap_hugetlb: false,
    mremap_charge_late: false,
    mremap_expand_merges: false,
    mlock_capable_first: false,
    msync_async_stops_at_hole: false,
    mseal: false,
    mdwe: false,
    fcntl_query_cmds: false,
    o_path_strips_first: false,
    creat_directory_einval: false,
    hugetlbfs_tmpfile: false,
    mlock_limit: 64 << 10,
    pkey0_allocated: false,
    lockonfault_populates_nothing: false,
    madvise_5x_advice: false,
    madvise_guard: false,
    vma_maybe_guard: false,
    madvise_seal_by_ops: false,
    madvise_populate_unwalked: false,
    madvise_remove_maywrite: false,
    mincore_can_do: false,
    hugetlb_walk_reports_holes: false,
    ksm: false,
    memory_failure: false,
    vm_flag_names: VM_FLAG_NAMES_4_12,
    soft_dirty: false,
    memfd_hugetlb: false,
    memfd_noexec: false,
    seal_future_write: false,
    memfd_seal_mmap: SealMmap::SharedCounts,
    fault_below_sp_check: true,
    pr_set_vma: false,
    thp_always: true,
    thp_zero_wp_allocates: true,
    shm_rnd_to_zero: false,
    ipc_ids_cyclic: false,
    shm_hugetlb_mlock_ulimit: true,
    five_level_paging: false,
    shm_stat_any: false,
};

pub const LINUX_6_18: Profile = Profile {
    mmap_base_pad: true,
    unlimited_stack_is_legacy: false,
    lsm_mmap_min_addr: 65536,
    search_floor_is_min_addr: true,
    thp_align_files: true,
    thp_align_anon: true,
    thp_align_dev_zero: true,
    thp_topdown_upper: true,
    modern_map_flags: true,
    map_above4g: true,
    map_stack_nohugepage: true,
    map_droppable: true,
    hugetlb_hint: HugetlbHint::RoundUpGeneric,
    mandatory_locking: false,
    file_mmap_ok: true,
    fixed_checks_before_unmap: true,
    region_failure_uncharges: true,
    mmap_region_expand: false,
    relaxed_anon_vma_merge: true,
    mprotect_drops_account: true,
    overcommit_guess_total: true,
    mlockall_onfault_alone_einval: true,
    guard_gap_retry: true,
    mremap_dontunmap: true,
    mremap_lookup_first: true,
    mremap_map_count_first: true,
    mremap_dontunmap_moves_lock: false,
    mremap_params_first: true,
    mremap_source_checked_first: true,
    mremap_multi_vma: true,
    mremap_hugetlb: true,
    mremap_charge_late: true,
    mremap_expand_merges: true,
    mlock_capable_first: true,
    msync_async_stops_at_hole: true,
    mseal: true,
    mdwe: true,
    fcntl_query_cmds: true,
    o_path_strips_first: true,
    creat_directory_einval: true,
    hugetlbfs_tmpfile: true,
    mlock_limit: 8 << 20,
    pkey0_allocated: true,
    lockonfault_populates_nothing: true,
    madvise_5x_advice: true,
    madvise_guard: true,
    vma_maybe_guard: true,
    madvise_seal_by_ops: true,
    madvise_populate_unwalked: true,
    madvise_remove_maywrite: true,
    mincore_can_do: true,
    hugetlb_walk_reports_holes: true,
    ksm: true,
    memory_failure: false,
    vm_flag_names: VM_FLAG_NAMES_6_18,
    soft_dirty: false,
    memfd_hugetlb: true,
    memfd_noexec: true,
    seal_future_write: true,
    memfd_seal_mmap: SealMmap::InDoMmap,
    fault_below_sp_check: false,
    pr_set_vma: true,
    thp_always: false,
    thp_zero_wp_allocates: true,
    shm_rnd_to_zero: true,
    ipc_ids_cyclic: true,
    shm_hugetlb_mlock_ulimit: false,
    five_level_paging: true,
    shm_stat_any: true,
};

/// Debian 12's 6.1 LTS (read in 6.1.192, Debian's linux-source-6.1; judged
/// by Debian's 6.1 cloud kernel in a VM). Each value is the field's
/// documented behaviour for a kernel between the versions it names.
pub const LINUX_6_1: Profile = Profile {
    mmap_base_pad: true,
    unlimited_stack_is_legacy: false,
    lsm_mmap_min_addr: 65536,
    search_floor_is_min_addr: false,
    thp_align_files: true,
    thp_align_anon: false,
    thp_align_dev_zero: false,
    thp_topdown_upper: false,
    modern_map_flags: true,
    map_above4g: false,
    map_stack_nohugepage: false,
    map_droppable: false,
    hugetlb_hint: HugetlbHint::RoundDown,
    mandatory_locking: false,
    file_mmap_ok: true,
    fixed_checks_before_unmap: false,
    region_failure_uncharges: true,
    mmap_region_expand: true,
    relaxed_anon_vma_merge: false,
    mprotect_drops_account: false,
    overcommit_guess_total: true,
    mlockall_onfault_alone_einval: true,
    guard_gap_retry: true,
    mremap_dontunmap: true,
    mremap_lookup_first: true,
    mremap_map_count_first: true,
    mremap_dontunmap_moves_lock: true,
    mremap_params_first: false,
    mremap_source_checked_first: false,
    mremap_multi_vma: false,
    mremap_hugetlb: true,
    mremap_charge_late: true,
    mremap_expand_merges: true,
    mlock_capable_first: false,
    msync_async_stops_at_hole: true,
    mseal: false,
    mdwe: false,
    fcntl_query_cmds: false,
    o_path_strips_first: true,
    // 6.4's test, in 6.1 since a 6.1.y backport (6.1.192 build_open_flags).
    creat_directory_einval: true,
    hugetlbfs_tmpfile: true,
    mlock_limit: 8 << 20,
    pkey0_allocated: true,
    lockonfault_populates_nothing: true,
    madvise_5x_advice: true,
    madvise_guard: false,
    vma_maybe_guard: false,
    madvise_seal_by_ops: false,
    madvise_populate_unwalked: false,
    madvise_remove_maywrite: true,
    mincore_can_do: true,
    hugetlb_walk_reports_holes: true,
    ksm: true,
    memory_failure: false,
    vm_flag_names: VM_FLAG_NAMES_6_1,
    soft_dirty: true,
    memfd_hugetlb: true,
    memfd_noexec: false,
    seal_future_write: true,
    memfd_seal_mmap: SealMmap::InShmemMmap,
    fault_below_sp_check: false,
    pr_set_vma: true,
    thp_always: true,
    thp_zero_wp_allocates: false,
    shm_rnd_to_zero: true,
    ipc_ids_cyclic: true,
    shm_hugetlb_mlock_ulimit: false,
    five_level_paging: true,
    shm_stat_any: true,
};

/// Debian 13's 6.12 LTS (read in 6.12.118, Debian's linux-source-6.12;
/// judged by Debian's 6.12 cloud kernel in a VM).
pub const LINUX_6_12: Profile = Profile {
    search_floor_is_min_addr: true,
    thp_align_anon: true,
    thp_topdown_upper: true,
    map_above4g: true,
    map_stack_nohugepage: true,
    map_droppable: true,
    fixed_checks_before_unmap: true,
    mmap_region_expand: false,
    mprotect_drops_account: true,
    mlock_capable_first: true,
    fcntl_query_cmds: true,
    mseal: true,
    mdwe: true,
    madvise_populate_unwalked: true,
    memory_failure: true,
    vm_flag_names: VM_FLAG_NAMES_6_12,
    memfd_noexec: true,
    memfd_seal_mmap: SealMmap::InDoMmap,
    ..LINUX_6_1
};

impl Kernel {
    pub fn profile(self) -> &'static Profile {
        match self {
            Kernel::V4_12 => &LINUX_4_12,
            Kernel::V6_1 => &LINUX_6_1,
            Kernel::V6_12 => &LINUX_6_12,
            Kernel::V6_18 => &LINUX_6_18,
        }
    }
}
