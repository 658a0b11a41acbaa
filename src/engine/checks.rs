//! Every kernel check that can refuse a call, with its errno, the function
//! that makes it, its v4.12 source location and a one-line explanation.
//! Placeholders in `{braces}` are filled from the refusal's facts.
//!
//! # Where a location points
//!
//! A v4.12 location is `file:line` in pristine Linux v4.12, and the line is
//! inside the function the check names. It is the line on which that
//! function decides the refusal:
//!
//! - the `if` whose branch returns the errno, or jumps to the exit that
//!   returns it (`error = -ENOMEM; if (!vma) goto out;` cites the `if`), at
//!   the first line of its condition; where `if`s nest, the innermost one;
//!   where the errno is kept when a test fails (`if (ok) error = f();`),
//!   that test;
//! - a refusal by a `switch` cites the `case` or `default:` label;
//! - where the errno is the value of a call that is passed on
//!   (`err = f(...); if (err) return err;`, `ret = cap_capable(...)`), the
//!   line of that call;
//! - where the errno is recorded to be returned later (lookup_open's
//!   `create_error`), the `if` that records it.
//!
//! A check the kernel makes at several places has one row per place; the
//! rows share the id, so that an id names what was checked and a location
//! where. 6.18-only checks name the 6.18 file and function, without a line.
//!
//! After the location (`@`) comes the v4.12 source text that starts on that
//! line, whitespace collapsed, long enough to start nowhere else in the
//! function: `tests/citations.rs` holds every location to it, and every
//! `file:line` in the sources' comments to the tree.

use super::refusal::{Check, Where};

/// The errno of a check that answers with a signal, not an error.
const NO_ERRNO: u64 = 0;
use crate::uapi::*;

macro_rules! checks {
    ($($name:ident: $id:literal, $errno:ident, $func:literal, $loc:literal @ $src:literal $(=> $file:literal $function:literal)?, $why:literal;)*) => {
        $(pub static $name: Check = Check {
            id: $id, errno: $errno, func: $func, loc: $loc, src: $src,
            v6_18: where_6_18!($($file $function)?), why: $why,
        };)*
        /// The whole catalogue, for `--list-checks` and the docs.
        pub static ALL: &[&Check] = &[$(&$name),*];
    };
}

/// A row's own 6.18 place, if it gives one.
macro_rules! where_6_18 {
    () => {
        None
    };
    ($file:literal $function:literal) => {
        Some(Where {
            file: $file,
            function: $function,
        })
    };
}

/// Where 6.18 makes the checks of a v4.12 function that was renamed or
/// moved: (v4.12 function, 6.18 function, 6.18 file, or "" for the v4.12
/// file). A check that 6.18 makes somewhere else than its v4.12 function's
/// successor names its place in its own row (`=> "file" "function"`), as
/// 6.18-only checks do; everything else is where it was in v4.12.
pub static MOVED_IN_6_18: &[(&str, &str, &str)] = &[
    ("sys_mmap_pgoff", "ksys_mmap_pgoff", ""),
    ("get_unmapped_area", "__get_unmapped_area", ""),
    ("mlock_future_check", "mlock_future_ok", ""),
    ("mmap_region", "__mmap_region", "mm/vma.c"),
    ("unmapped_area", "unmapped_area", "mm/vma.c"),
    // do_munmap's argument checks; its map-count check names its own place.
    ("do_munmap", "do_vmi_munmap", "mm/vma.c"),
    ("split_vma", "split_vma", "mm/vma.c"),
    ("__split_vma", "__split_vma", "mm/vma.c"),
    // 6.16's vma_remap_struct flow: the argument checks of sys_mremap and
    // mremap_to are check_mremap_params, vma_to_resize's are check_prep_vma.
    ("mremap", "check_mremap_params", ""),
    ("mremap_to", "check_mremap_params", ""),
    ("vma_to_resize", "check_prep_vma", ""),
    ("move_vma", "prep_move_vma", ""),
    // 6.12 dropped the x86 version for hugetlbfs's generic one.
    (
        "hugetlb_get_unmapped_area",
        "hugetlb_get_unmapped_area",
        "fs/hugetlbfs/inode.c",
    ),
    ("__inode_permission", "inode_permission", ""),
    // A negative dentry is refused when the walk steps into it.
    ("walk_component", "traverse_mounts", ""),
    // 5.7 split do_last into open_last_lookups and do_open.
    ("do_last", "do_open", ""),
    ("__alloc_fd", "alloc_fd", ""),
    // close() tests what file_close_fd returns.
    ("__close_fd", "close", "fs/open.c"),
];

checks! {
    // --- the x86-64 mmap entry and sys_mmap_pgoff -----------------------------
    MMAP_OFFSET_UNALIGNED: "mmap.offset_unaligned", EINVAL, "sys_mmap", "arch/x86/kernel/sys_x86_64.c:95" @ "if (off & ~PAGE_MASK)",
        "the file offset {off} is not a multiple of the page size (checked before anything else)";
    MMAP_BAD_FD: "sys_mmap_pgoff.bad_fd", EBADF, "sys_mmap_pgoff", "mm/mmap.c:1485" @ "if (!file)",
        "fd {fd} is not an open descriptor (and MAP_ANONYMOUS is not set)";
    MMAP_PATH_FD: "sys_mmap_pgoff.o_path_fd", EBADF, "sys_mmap_pgoff", "mm/mmap.c:1485" @ "if (!file)",
        "fd {fd} was opened with O_PATH; fget() refuses such descriptors";
    MMAP_HUGETLB_NOT_HUGETLBFS: "sys_mmap_pgoff.hugetlb_flag_on_regular_file", EINVAL, "sys_mmap_pgoff", "mm/mmap.c:1490" @ "if (unlikely(flags & MAP_HUGETLB && !is_file_hugepages(file)))",
        "MAP_HUGETLB was given for fd {fd}, which is not a hugetlbfs file";
    MMAP_HUGETLB_BAD_SIZE: "sys_mmap_pgoff.no_such_hstate", EINVAL, "sys_mmap_pgoff", "mm/mmap.c:1497" @ "if (!hs)",
        "MAP_HUGETLB asks for huge pages of 2^{log} bytes; this machine has 2 MiB and 1 GiB huge pages only";

    // --- do_mmap ------------------------------------------------------------------
    DO_MMAP_ZERO_LEN: "do_mmap.zero_length", EINVAL, "do_mmap", "mm/mmap.c:1331" @ "if (!len) return -EINVAL;",
        "the length is 0";
    DO_MMAP_LEN_OVERFLOW: "do_mmap.length_wraps", ENOMEM, "do_mmap", "mm/mmap.c:1349" @ "if (!len) return -ENOMEM;",
        "the length {len} wraps to 0 when rounded up to a page";
    DO_MMAP_PGOFF_OVERFLOW: "do_mmap.pgoff_overflow", EOVERFLOW, "do_mmap", "mm/mmap.c:1353" @ "if ((pgoff + (len >> PAGE_SHIFT)) < pgoff)",
        "the offset plus the length overflows the page offset space";
    DO_MMAP_MAP_COUNT: "do_mmap.max_map_count", ENOMEM, "do_mmap", "mm/mmap.c:1357" @ "if (mm->map_count > sysctl_max_map_count)",
        "the process already has {count} mappings, more than vm.max_map_count ({max})";
    DO_MMAP_LOCKED_EPERM: "do_mmap.map_locked_not_allowed", EPERM, "do_mmap", "mm/mmap.c:1381" @ "if (!can_do_mlock())",
        "MAP_LOCKED needs RLIMIT_MEMLOCK > 0 or CAP_IPC_LOCK; the limit is 0 and the process lacks the capability";
    DO_MMAP_MLOCK_LIMIT: "mlock_future_check.rlimit_memlock", EAGAIN, "mlock_future_check", "mm/mmap.c:1311" @ "if (locked > lock_limit && !capable(CAP_IPC_LOCK))",
        "locking {pages} more pages on top of {locked} locked would exceed RLIMIT_MEMLOCK ({limit} pages) without CAP_IPC_LOCK";
    DO_MMAP_SHARED_WRITE_NO_FMODE_WRITE: "do_mmap.shared_write_needs_fmode_write", EACCES, "do_mmap", "mm/mmap.c:1392" @ "if ((prot&PROT_WRITE) && !(file->f_mode&FMODE_WRITE))",
        "MAP_SHARED with PROT_WRITE needs a descriptor opened for writing; fd {fd} was opened {accmode}";
    DO_MMAP_SHARED_APPEND: "do_mmap.shared_append_only", EACCES, "do_mmap", "mm/mmap.c:1399" @ "if (IS_APPEND(inode) && (file->f_mode & FMODE_WRITE))",
        "{path} is append-only (chattr +a) and fd {fd} is open for writing, so no MAP_SHARED mapping of it is allowed";
    DO_MMAP_MANDATORY_LOCK: "do_mmap.mandatory_lock_held", EAGAIN, "do_mmap", "mm/mmap.c:1405" @ "if (locks_verify_locked(file))",
        "{path} is under mandatory locking (mand mount, setgid without group-exec) and another process holds a POSIX lock on it";
    DO_MMAP_PRIVATE_NO_FMODE_READ: "do_mmap.needs_fmode_read", EACCES, "do_mmap", "mm/mmap.c:1414" @ "if (!(file->f_mode & FMODE_READ))",
        "mapping a file needs a descriptor opened for reading; fd {fd} was opened {accmode}";
    DO_MMAP_NOEXEC: "do_mmap.noexec_mount", EPERM, "do_mmap", "mm/mmap.c:1417" @ "if (vm_flags & VM_EXEC)",
        "{path} is on a noexec mount, so it cannot be mapped with PROT_EXEC";
    DO_MMAP_NO_MMAP_METHOD: "do_mmap.no_mmap_method", ENODEV, "do_mmap", "mm/mmap.c:1422" @ "if (!file->f_op->mmap)",
        "{path} has no mmap method (a directory, pipe or device that cannot be mapped)";
    DO_MMAP_FILE_GROWSDOWN: "do_mmap.file_growsdown", EINVAL, "do_mmap", "mm/mmap.c:1424" @ "if (vm_flags & (VM_GROWSDOWN|VM_GROWSUP)) return -EINVAL; break;",
        "MAP_GROWSDOWN is only allowed for private anonymous mappings";
    DO_MMAP_FILE_BAD_TYPE: "do_mmap.bad_map_type", EINVAL, "do_mmap", "mm/mmap.c:1428" @ "default: return -EINVAL; } } else {",
        "the mapping type (flags & MAP_TYPE = {type}) is neither MAP_SHARED nor MAP_PRIVATE";
    DO_MMAP_ANON_SHARED_GROWSDOWN: "do_mmap.anon_shared_growsdown", EINVAL, "do_mmap", "mm/mmap.c:1434" @ "if (vm_flags & (VM_GROWSDOWN|VM_GROWSUP)) return -EINVAL; /* * Ignore pgoff.",
        "MAP_GROWSDOWN is not allowed for shared anonymous mappings";
    DO_MMAP_ANON_BAD_TYPE: "do_mmap.anon_bad_map_type", EINVAL, "do_mmap", "mm/mmap.c:1448" @ "default: return -EINVAL; } } /*",
        "the mapping type (flags & MAP_TYPE = {type}) is neither MAP_SHARED nor MAP_PRIVATE";

    // --- 6.18 only -------------------------------------------------------------------
    DO_MMAP_NOREPLACE_EEXIST: "do_mmap.fixed_noreplace_exists", EEXIST, "do_mmap", "" @ "" => "mm/mmap.c" "do_mmap",
        "MAP_FIXED_NOREPLACE: something is already mapped in {addr}+{len}";
    DO_MMAP_VALIDATE_EOPNOTSUPP: "do_mmap.shared_validate_unknown_flags", EOPNOTSUPP, "do_mmap", "" @ "" => "mm/mmap.c" "do_mmap",
        "MAP_SHARED_VALIDATE refuses flag bits {bits} that this file does not support";
    DO_MMAP_DROPPABLE_EINVAL: "do_mmap.droppable_invalid", EINVAL, "do_mmap", "" @ "" => "mm/mmap.c" "do_mmap",
        "MAP_DROPPABLE cannot be combined with MAP_LOCKED, MAP_HUGETLB or MAP_GROWSDOWN";
    FILE_MMAP_OK_EOVERFLOW: "file_mmap_ok.offset_too_large", EOVERFLOW, "file_mmap_ok", "" @ "" => "mm/mmap.c" "file_mmap_ok",
        "the file offset (page {pgoff}) plus the length runs past the largest offset this file allows";
    EXT4_MAP_SYNC: "ext4_file_mmap.map_sync_without_dax", EOPNOTSUPP, "ext4_file_mmap", "" @ "" => "fs/ext4/file.c" "ext4_file_mmap",
        "MAP_SYNC needs a DAX file; this ext4 file is not one (the old mapping in the range is already gone)";
    MREMAP_NEW_LEN_TOO_BIG: "check_mremap_params.new_len_too_big", EINVAL, "check_mremap_params", "" @ "" => "mm/mremap.c" "check_mremap_params",
        "the new length {len} is larger than TASK_SIZE";
    MREMAP_DONTUNMAP_RESIZE: "check_mremap_params.dontunmap_resize", EINVAL, "check_mremap_params", "" @ "" => "mm/mremap.c" "check_mremap_params",
        "MREMAP_DONTUNMAP cannot change the size";
    MREMAP_DONTUNMAP_NO_MAYMOVE: "check_mremap_params.dontunmap_without_maymove", EINVAL, "check_mremap_params", "" @ "" => "mm/mremap.c" "check_mremap_params",
        "MREMAP_DONTUNMAP is always a move and needs MREMAP_MAYMOVE";
    MREMAP_MAP_COUNT_FIRST: "check_mremap_params.map_count_headroom", ENOMEM, "check_mremap_params", "" @ "" => "mm/mremap.c" "check_mremap_params",
        "a move may split both the source and the destination, so before it unmaps anything mremap wants map_count + 2 below vm.max_map_count - 3: the process has {count} mappings (vm.max_map_count {max})";
    MREMAP_HUGETLB_618: "check_prep_vma.hugetlb_alignment_or_growth", EINVAL, "check_prep_vma", "" @ "" => "mm/mremap.c" "check_prep_vma",
        "a hugetlb mapping can be remapped only from and to huge-page aligned addresses, and cannot grow";
    MREMAP_OLD_LEN_ZERO: "check_prep_vma.old_len_zero_private", EINVAL, "check_prep_vma", "" @ "" => "mm/mremap.c" "check_prep_vma",
        "old_len 0 (duplicating a mapping) is only allowed for shared mappings";
    MREMAP_DONTUNMAP_SPECIAL: "check_prep_vma.dontunmap_special_mapping", EINVAL, "check_prep_vma", "" @ "" => "mm/mremap.c" "check_prep_vma",
        "MREMAP_DONTUNMAP cannot leave a VM_DONTEXPAND or VM_PFNMAP mapping (such as [vvar] or [vdso]) behind";
    MREMAP_DONTUNMAP_AS_LIMIT: "mremap_to.dontunmap_may_expand_vm", ENOMEM, "mremap_to", "" @ "" => "mm/mremap.c" "mremap_to",
        "MREMAP_DONTUNMAP keeps the source mapped, so the {pages} pages of the copy would exceed RLIMIT_AS or RLIMIT_DATA{note}";
    MREMAP_SOURCE_UNMAPPED: "mremap.source_unmapped", EFAULT, "mremap", "" @ "" => "mm/mremap.c" "do_mremap",
        "nothing is mapped at {addr}: mremap looks the source up before it does anything else";
    MREMAP_CHARGE_EXPAND: "vrm_calc_charge.vm_enough_memory_in_place", ENOMEM, "vrm_calc_charge", "" @ "" => "mm/mremap.c" "vrm_calc_charge",
        "committing {pages} more pages ({what}) is refused by __vm_enough_memory (mm/util.c) under overcommit mode {mode}: {detail}";
    MREMAP_CHARGE: "vrm_calc_charge.vm_enough_memory", ENOMEM, "vrm_calc_charge", "" @ "" => "mm/mremap.c" "vrm_calc_charge",
        "committing {pages} more pages ({what}) is refused by __vm_enough_memory (mm/util.c) under overcommit mode {mode}: {detail}";
    REMAP_MOVE_UNMAPPED_START: "remap_move.unmapped_start", EFAULT, "remap_move", "" @ "" => "mm/mremap.c" "remap_move",
        "nothing is mapped at {addr}, where the range starts: a same-size MREMAP_FIXED move takes the VMAs of the range in turn, and the first must contain its start";
    REMAP_MOVE_NOT_ALONE: "remap_move.vma_must_move_alone", EFAULT, "remap_move", "" @ "" => "mm/mremap.c" "remap_move",
        "the range spans several VMAs and the one at {addr} is {what}, whose get_unmapped_area might not honour MREMAP_FIXED, so it can only be moved alone: {when}";

    // --- get_unmapped_area and the arch allocators -------------------------------------
    GUA_TOO_LONG: "get_unmapped_area.length_exceeds_task_size", ENOMEM, "get_unmapped_area", "mm/mmap.c:2082" @ "if (len > TASK_SIZE)",
        "the length {len} is larger than the whole user address space (TASK_SIZE {max})";
    // arch_get_unmapped_area{,_topdown}'s own length tests; the second is
    // reachable only through callers that skip get_unmapped_area's.
    ARCH_GUA_LEN_OVER_END: "arch_get_unmapped_area.length_exceeds_end", ENOMEM, "arch_get_unmapped_area", "arch/x86/kernel/sys_x86_64.c:140" @ "if (len > end)",
        "the length {len} is larger than the end of the range searched ({high})";
    ARCH_GUA_TOPDOWN_TOO_LONG: "arch_get_unmapped_area_topdown.length_exceeds_task_size", ENOMEM, "arch_get_unmapped_area_topdown", "arch/x86/kernel/sys_x86_64.c:175" @ "if (len > TASK_SIZE)",
        "the length {len} is larger than the whole user address space (TASK_SIZE {high})";
    // The search (vm_unmapped_area, include/linux/mm.h) fails in
    // unmapped_area: every failed search ends bottom-up (top-down falls back).
    UNMAPPED_AREA_HIGH_LIMIT: "vm_unmapped_area.no_gap", ENOMEM, "unmapped_area", "mm/mmap.c:1787" @ "if (info->high_limit < length)",
        "no free gap of {len} bytes is left between {low} and {high}";
    UNMAPPED_AREA_LOW_LIMIT: "vm_unmapped_area.no_gap", ENOMEM, "unmapped_area", "mm/mmap.c:1791" @ "if (info->low_limit > high_limit)",
        "no free gap of {len} bytes is left between {low} and {high}";
    UNMAPPED_AREA_PAST_HIGH: "vm_unmapped_area.no_gap", ENOMEM, "unmapped_area", "mm/mmap.c:1818" @ "if (gap_start > high_limit) return -ENOMEM; if (gap_end >= low_limit &&",
        "no free gap of {len} bytes is left between {low} and {high}";
    GUA_NO_SPACE: "vm_unmapped_area.no_gap", ENOMEM, "unmapped_area", "mm/mmap.c:1854" @ "if (gap_start > high_limit) return -ENOMEM; found:",
        "no free gap of {len} bytes is left between {low} and {high}";
    // The errno here is a placeholder: the refusal carries -addr as its errno.
    GUA_ERR_VALUE: "get_unmapped_area.address_is_an_error_code", EPERM, "get_unmapped_area", "mm/mmap.c:2100" @ "if (IS_ERR_VALUE(addr))",
        "the MAP_FIXED address {addr} lies in the top 4095 bytes, which IS_ERR_VALUE reads as an error code: it comes back as errno {errno}";
    GUA_END_BEYOND_TASK_SIZE: "get_unmapped_area.end_beyond_task_size", ENOMEM, "get_unmapped_area", "mm/mmap.c:2103" @ "if (addr > TASK_SIZE - len)",
        "the range {addr}+{len} ends above TASK_SIZE ({max})";
    GUA_UNALIGNED: "get_unmapped_area.addr_unaligned", EINVAL, "get_unmapped_area", "mm/mmap.c:2105" @ "if (offset_in_page(addr))",
        "the MAP_FIXED address {addr} is not page aligned";
    GUA_MMAP_MIN_ADDR: "cap_mmap_addr.below_mmap_min_addr", EPERM, "cap_mmap_addr", "security/commoncap.c:1057" @ "ret = cap_capable(current_cred(), &init_user_ns, CAP_SYS_RAWIO,",
        "the address {addr} is below vm.mmap_min_addr ({min}) and the process lacks CAP_SYS_RAWIO";
    HUGETLB_FIXED_UNALIGNED: "hugetlb_get_unmapped_area.fixed_unaligned", EINVAL, "hugetlb_get_unmapped_area", "arch/x86/mm/hugetlbpage.c:142" @ "if (prepare_hugepage_range(file, addr, len))",
        "a MAP_FIXED hugetlb mapping needs an address and length aligned to the huge page size ({huge})";
    HUGETLB_LEN_UNALIGNED: "hugetlb_get_unmapped_area.length_unaligned", EINVAL, "hugetlb_get_unmapped_area", "arch/x86/mm/hugetlbpage.c:136" @ "if (len & ~huge_page_mask(h))",
        "the length is not a multiple of the huge page size ({huge})";
    // Unreachable after get_unmapped_area's own test, as in the kernel.
    HUGETLB_TOO_LONG: "get_unmapped_area.length_exceeds_task_size", ENOMEM, "hugetlb_get_unmapped_area", "arch/x86/mm/hugetlbpage.c:138" @ "if (len > TASK_SIZE)",
        "the length {len} is larger than the whole user address space (TASK_SIZE {max})";

    // --- mmap_region ------------------------------------------------------------------------
    REGION_AS_LIMIT: "may_expand_vm.rlimit_as", ENOMEM, "mmap_region", "mm/mmap.c:1622" @ "if (!may_expand_vm(mm, vm_flags, (len >> PAGE_SHIFT) - nr_pages))",
        "mapping {pages} more pages on top of {total} would exceed RLIMIT_AS ({limit} pages)";
    REGION_DATA_LIMIT: "may_expand_vm.rlimit_data", ENOMEM, "mmap_region", "mm/mmap.c:1622" @ "if (!may_expand_vm(mm, vm_flags, (len >> PAGE_SHIFT) - nr_pages))",
        "a private writable mapping of {pages} pages on top of {data} data pages would exceed RLIMIT_DATA ({limit} pages)";
    REGION_MUNMAP_FAILED: "mmap_region.munmap_failed", ENOMEM, "mmap_region", "mm/mmap.c:1630" @ "if (do_munmap(mm, addr, len, uf))",
        "MAP_FIXED could not unmap what was at the target range (the split would exceed vm.max_map_count)";
    REGION_NO_COMMIT: "mmap_region.vm_enough_memory", ENOMEM, "mmap_region", "mm/mmap.c:1639" @ "if (security_vm_enough_memory_mm(mm, charged))",
        "committing {pages} more pages is refused by __vm_enough_memory (mm/util.c) under overcommit mode {mode}: {detail}";
    SHMEM_NO_COMMIT: "shmem_zero_setup.vm_enough_memory", ENOMEM, "shmem_acct_size", "mm/shmem.c:147" @ "0 : security_vm_enough_memory_mm(current->mm, VM_ACCT(size));",
        "the shared anonymous object of {pages} pages cannot be committed under overcommit mode {mode}: {detail}";
    SHMEM_ACCT_BLOCK: "shmem_acct_block.vm_enough_memory", ENOMEM, "shmem_acct_block", "mm/shmem.c:180" @ "return security_vm_enough_memory_mm(current->mm,",
        "allocating {pages} tmpfs pages cannot be charged under overcommit mode {mode}: {detail}";
    HUGETLB_NO_RESERVE: "hugetlbfs_file_mmap.reserve_failed", ENOMEM, "hugetlbfs_file_mmap", "fs/hugetlbfs/inode.c:159" @ "if (hugetlb_reserve_pages(inode,",
        "{need} huge pages must be reserved but only {free} are free (vm.nr_hugepages){held}";
    HUGETLB_PGOFF_UNALIGNED: "hugetlbfs_file_mmap.pgoff_unaligned", EINVAL, "hugetlbfs_file_mmap", "fs/hugetlbfs/inode.c:146" @ "if (vma->vm_pgoff & (~huge_page_mask(h) >> PAGE_SHIFT))",
        "the file offset is not a multiple of the huge page size";

    // --- munmap and split_vma ----------------------------------------------------------------
    MUNMAP_BAD_ARGS: "do_munmap.bad_range", EINVAL, "do_munmap", "mm/mmap.c:2626" @ "if ((offset_in_page(start)) || start > TASK_SIZE || len > TASK_SIZE-start)",
        "the address {addr} is not page aligned or the range {addr}+{len} leaves the user address space";
    MUNMAP_ZERO_LEN: "do_munmap.zero_length", EINVAL, "do_munmap", "mm/mmap.c:2630" @ "if (len == 0)",
        "the length rounds to 0";
    MUNMAP_MAP_COUNT: "do_munmap.max_map_count", ENOMEM, "do_munmap", "mm/mmap.c:2667" @ "if (end < vma->vm_end && mm->map_count >= sysctl_max_map_count)" => "mm/vma.c" "vms_gather_munmap_vmas",
        "punching a hole in one mapping would need a new VMA, and the process already has {count} (vm.max_map_count {max})";
    SPLIT_MAP_COUNT: "split_vma.max_map_count", ENOMEM, "split_vma", "mm/mmap.c:2609" @ "if (mm->map_count >= sysctl_max_map_count)",
        "splitting a mapping needs a new VMA, and the process already has {count} (vm.max_map_count {max})";
    SPLIT_SPECIAL: "__split_vma.special_mapping", EINVAL, "__split_vma", "" @ "" => "mm/vma.c" "__split_vma",
        "special mappings ([vvar], [vdso]) cannot be split";
    SPLIT_HUGETLB_UNALIGNED: "__split_vma.hugetlb_unaligned", EINVAL, "__split_vma", "mm/mmap.c:2545" @ "if (is_vm_hugetlb_page(vma) && (addr &",
        "a hugetlb mapping can only be split at a huge page boundary";

    // --- mprotect --------------------------------------------------------------------------------
    MPROTECT_BOTH_GROWS: "do_mprotect_pkey.growsdown_and_growsup", EINVAL, "do_mprotect_pkey", "mm/mprotect.c:388" @ "if (grows == (PROT_GROWSDOWN|PROT_GROWSUP)) /* can't be both */",
        "PROT_GROWSDOWN and PROT_GROWSUP cannot both be given";
    MPROTECT_UNALIGNED: "do_mprotect_pkey.start_unaligned", EINVAL, "do_mprotect_pkey", "mm/mprotect.c:391" @ "if (start & ~PAGE_MASK)",
        "the start address {addr} is not page aligned";
    MPROTECT_WRAP: "do_mprotect_pkey.range_wraps", ENOMEM, "do_mprotect_pkey", "mm/mprotect.c:397" @ "if (end <= start)",
        "the range {addr}+{len} wraps around the end of the address space";
    MPROTECT_BAD_PROT: "do_mprotect_pkey.bad_prot", EINVAL, "do_mprotect_pkey", "mm/mprotect.c:399" @ "if (!arch_validate_prot(prot))",
        "prot {prot} has bits other than PROT_READ|PROT_WRITE|PROT_EXEC|PROT_SEM";
    MPROTECT_BAD_PKEY: "do_mprotect_pkey.pkey_not_allocated", EINVAL, "do_mprotect_pkey", "mm/mprotect.c:412" @ "if ((pkey != -1) && !mm_pkey_is_allocated(current->mm, pkey))",
        "protection key {pkey} is not allocated ({why})";
    MPROTECT_NO_VMA: "do_mprotect_pkey.unmapped", ENOMEM, "do_mprotect_pkey", "mm/mprotect.c:417" @ "if (!vma)",
        "nothing is mapped at or above {addr}";
    MPROTECT_GROWSDOWN_NO_VMA: "do_mprotect_pkey.growsdown_beyond", ENOMEM, "do_mprotect_pkey", "mm/mprotect.c:421" @ "if (vma->vm_start >= end)",
        "PROT_GROWSDOWN: the first mapping above {addr} starts beyond the range";
    MPROTECT_GROWSDOWN_NOT_STACK: "do_mprotect_pkey.growsdown_not_stack", EINVAL, "do_mprotect_pkey", "mm/mprotect.c:425" @ "if (!(vma->vm_flags & VM_GROWSDOWN))",
        "PROT_GROWSDOWN was given but the mapping at {addr} is not MAP_GROWSDOWN";
    MPROTECT_HOLE_AT_START: "do_mprotect_pkey.hole_at_start", ENOMEM, "do_mprotect_pkey", "mm/mprotect.c:428" @ "if (vma->vm_start > start)",
        "{addr} is not mapped (it lies in a hole below the next mapping)";
    MPROTECT_GROWSUP: "do_mprotect_pkey.growsup", EINVAL, "do_mprotect_pkey", "mm/mprotect.c:433" @ "if (!(vma->vm_flags & VM_GROWSUP))",
        "PROT_GROWSUP is never valid on x86 (there is no VM_GROWSUP)";
    MPROTECT_EACCES: "do_mprotect_pkey.not_may", EACCES, "do_mprotect_pkey", "mm/mprotect.c:464" @ "if ((newflags & ~(newflags >> 4)) & (VM_READ | VM_WRITE | VM_EXEC)) {",
        "the mapping at {addr} may not become {want}: {reason}";
    MPROTECT_HOLE: "do_mprotect_pkey.hole_in_range", ENOMEM, "do_mprotect_pkey", "mm/mprotect.c:487" @ "if (!vma || vma->vm_start != nstart) {",
        "the range has a hole at {addr}; the mappings before it were already changed";
    MPROTECT_DATA_LIMIT: "mprotect_fixup.rlimit_data", ENOMEM, "mprotect_fixup", "mm/mprotect.c:304" @ "if (!may_expand_vm(mm, newflags, nrpages) &&",
        "making {pages} pages writable would exceed RLIMIT_DATA ({limit} pages)";
    MPROTECT_NO_COMMIT: "mprotect_fixup.vm_enough_memory", ENOMEM, "mprotect_fixup", "mm/mprotect.c:310" @ "if (security_vm_enough_memory_mm(mm, charged))",
        "making {pages} private pages writable needs them committed, and overcommit mode {mode} refuses: {detail}";

    // --- mremap ------------------------------------------------------------------------------------
    MREMAP_BAD_FLAGS: "mremap.bad_flags", EINVAL, "mremap", "mm/mremap.c:519" @ "if (flags & ~(MREMAP_FIXED | MREMAP_MAYMOVE))",
        "flags {flags} has bits other than {known}";
    MREMAP_FIXED_NO_MAYMOVE: "mremap.fixed_without_maymove", EINVAL, "mremap", "mm/mremap.c:522" @ "if (flags & MREMAP_FIXED && !(flags & MREMAP_MAYMOVE))",
        "MREMAP_FIXED needs MREMAP_MAYMOVE";
    MREMAP_UNALIGNED: "mremap.addr_unaligned", EINVAL, "mremap", "mm/mremap.c:525" @ "if (offset_in_page(addr))",
        "the old address {addr} is not page aligned";
    MREMAP_ZERO_NEW_LEN: "mremap.zero_new_len", EINVAL, "mremap", "mm/mremap.c:536" @ "if (!new_len)",
        "the new length rounds to 0";
    MREMAP_TO_UNALIGNED: "mremap_to.new_addr_unaligned", EINVAL, "mremap_to", "mm/mremap.c:439" @ "if (offset_in_page(new_addr))",
        "the new address {addr} is not page aligned";
    MREMAP_TO_OUT_OF_RANGE: "mremap_to.new_range_too_high", EINVAL, "mremap_to", "mm/mremap.c:442" @ "if (new_len > TASK_SIZE || new_addr > TASK_SIZE - new_len)",
        "the new range {addr}+{len} does not fit below TASK_SIZE";
    MREMAP_TO_OVERLAP: "mremap_to.overlap", EINVAL, "mremap_to", "mm/mremap.c:446" @ "if (addr + old_len > new_addr && new_addr + new_len > addr)",
        "the old and new ranges overlap";
    MREMAP_NO_VMA: "vma_to_resize.unmapped", EFAULT, "vma_to_resize", "mm/mremap.c:383" @ "if (!vma || vma->vm_start > addr)",
        "nothing is mapped at {addr}";
    MREMAP_HUGETLB: "vma_to_resize.hugetlb", EINVAL, "vma_to_resize", "mm/mremap.c:386" @ "if (is_vm_hugetlb_page(vma))",
        "hugetlb mappings cannot be remapped";
    MREMAP_CROSSES_VMA: "vma_to_resize.crosses_vma", EFAULT, "vma_to_resize", "mm/mremap.c:390" @ "if (old_len > vma->vm_end - addr)",
        "the old range {addr}+{len} runs past the end of its mapping";
    MREMAP_PGOFF_OVERFLOW: "vma_to_resize.pgoff_overflow", EINVAL, "vma_to_resize", "mm/mremap.c:399" @ "if (pgoff + (new_len >> PAGE_SHIFT) < pgoff)",
        "the new length makes the file offset overflow";
    MREMAP_DONTEXPAND: "vma_to_resize.dontexpand", EFAULT, "vma_to_resize", "mm/mremap.c:402" @ "if (vma->vm_flags & (VM_DONTEXPAND | VM_PFNMAP))",
        "the mapping may not grow (VM_DONTEXPAND or VM_PFNMAP)";
    MREMAP_MLOCK_LIMIT: "vma_to_resize.rlimit_memlock", EAGAIN, "vma_to_resize", "mm/mremap.c:410" @ "if (locked > lock_limit && !capable(CAP_IPC_LOCK))",
        "growing a locked mapping by {pages} pages would exceed RLIMIT_MEMLOCK";
    MREMAP_AS_LIMIT: "vma_to_resize.may_expand_vm", ENOMEM, "vma_to_resize", "mm/mremap.c:414" @ "if (!may_expand_vm(mm, vma->vm_flags,",
        "growing by {pages} pages would exceed RLIMIT_AS or RLIMIT_DATA";
    MREMAP_NO_COMMIT: "vma_to_resize.vm_enough_memory", ENOMEM, "vma_to_resize", "mm/mremap.c:420" @ "if (security_vm_enough_memory_mm(mm, charged))",
        "growing by {pages} committed pages is refused by overcommit mode {mode}: {detail}";
    MREMAP_MAP_COUNT: "move_vma.max_map_count", ENOMEM, "move_vma", "mm/mremap.c:282" @ "if (mm->map_count >= sysctl_max_map_count - 3)",
        "moving needs up to 3 more VMAs and the process has {count} (vm.max_map_count {max})";
    MREMAP_CANNOT_GROW: "mremap.cannot_grow_in_place", ENOMEM, "mremap", "mm/mremap.c:599" @ "if (flags & MREMAP_MAYMOVE) {" => "mm/mremap.c" "expand_vma",
        "the mapping cannot grow in place (the next mapping is in the way) and MREMAP_MAYMOVE was not given";

    // --- mlock --------------------------------------------------------------------------------------
    MLOCK_EPERM: "can_do_mlock.not_allowed", EPERM, "do_mlock", "mm/mlock.c:671" @ "if (!can_do_mlock())",
        "locking memory needs RLIMIT_MEMLOCK > 0 or CAP_IPC_LOCK";
    MLOCKALL_EPERM: "can_do_mlock.not_allowed", EPERM, "mlockall", "mm/mlock.c:799" @ "if (!can_do_mlock())",
        "locking memory needs RLIMIT_MEMLOCK > 0 or CAP_IPC_LOCK";
    MLOCK_LIMIT: "do_mlock.rlimit_memlock", ENOMEM, "do_mlock", "mm/mlock.c:699" @ "if ((locked <= lock_limit) || capable(CAP_IPC_LOCK))",
        "locking {pages} pages would bring the locked total over RLIMIT_MEMLOCK ({limit} pages)";
    MLOCK_POPULATE: "do_mlock.populate_failed", ENOMEM, "do_mlock", "mm/mlock.c:706" @ "error = __mm_populate(start, len, 0);",
        "the range is locked (save hugetlb and special mappings, which are never VM_LOCKED), but faulting it in failed at {addr}: {why} (EFAULT, reported as ENOMEM)";
    MLOCK_UNMAPPED_START: "apply_vma_lock_flags.hole", ENOMEM, "apply_vma_lock_flags", "mm/mlock.c:592" @ "if (!vma || vma->vm_start > start)",
        "the range has an unmapped hole at {addr}";
    MLOCK_HOLE: "apply_vma_lock_flags.hole", ENOMEM, "apply_vma_lock_flags", "mm/mlock.c:618" @ "if (!vma || vma->vm_start != nstart) {",
        "the range has an unmapped hole at {addr}";
    PRCTL_UNKNOWN_OPTION: "prctl.unknown_option", EINVAL, "prctl", "kernel/sys.c:2298" @ "default: error = -EINVAL;" => "kernel/sys.c" "prctl",
        "prctl option {option} is one this kernel does not know (PR_SET_VMA arrived in 5.17, PR_SET_MDWE and PR_GET_MDWE in 6.3)";
    PRCTL_SET_VMA_NO_NAMES: "prctl_set_vma.no_anon_vma_name", EINVAL, "prctl_set_vma", "" @ "" => "kernel/sys.c" "prctl_set_vma",
        "PR_SET_VMA names anonymous memory only in kernels built with CONFIG_ANON_VMA_NAME, which this one is not (prctl_set_vma is `return -EINVAL`)";
    MDWE_SET_ARGS: "prctl_set_mdwe.args", EINVAL, "prctl_set_mdwe", "" @ "" => "kernel/sys.c" "prctl_set_mdwe",
        "PR_SET_MDWE takes only its bits: arguments 3 to 5 must be 0";
    MDWE_SET_BITS: "prctl_set_mdwe.bits", EINVAL, "prctl_set_mdwe", "" @ "" => "kernel/sys.c" "prctl_set_mdwe",
        "{bits} has bits other than PR_MDWE_REFUSE_EXEC_GAIN and PR_MDWE_NO_INHERIT";
    MDWE_NO_INHERIT_ALONE: "prctl_set_mdwe.no_inherit_alone", EINVAL, "prctl_set_mdwe", "" @ "" => "kernel/sys.c" "prctl_set_mdwe",
        "PR_MDWE_NO_INHERIT only makes sense with PR_MDWE_REFUSE_EXEC_GAIN";
    MDWE_CANNOT_UNSET: "prctl_set_mdwe.cannot_unset", EPERM, "prctl_set_mdwe", "" @ "" => "kernel/sys.c" "prctl_set_mdwe",
        "MDWE is set ({current}) and cannot be changed to {bits}";
    MDWE_GET_ARGS: "prctl_get_mdwe.args", EINVAL, "prctl_get_mdwe", "" @ "" => "kernel/sys.c" "prctl_get_mdwe",
        "PR_GET_MDWE takes no arguments: arguments 2 to 5 must be 0";
    MDWE_MMAP: "mmap_region.mdwe", EACCES, "mmap_region", "" @ "" => "mm/vma.c" "mmap_region",
        "the process set PR_SET_MDWE (memory-deny-write-execute): a new mapping may not be writable and executable";
    MDWE_MPROTECT: "do_mprotect_pkey.mdwe", EACCES, "do_mprotect_pkey", "" @ "" => "mm/mprotect.c" "do_mprotect_pkey",
        "the process set PR_SET_MDWE (memory-deny-write-execute): the mapping at {addr} may not become writable and executable, nor gain execute";
    FTRUNCATE_NEGATIVE: "ftruncate.negative_length", EINVAL, "do_sys_ftruncate", "fs/open.c:173" @ "if (length < 0)",
        "the length {len} is negative as a loff_t";
    FTRUNCATE_BAD_FD: "ftruncate.bad_fd", EBADF, "do_sys_ftruncate", "fs/open.c:177" @ "if (!f.file)",
        "descriptor {fd} is not open (or is an O_PATH descriptor, which fdget does not return)";
    FTRUNCATE_NOT_WRITABLE: "ftruncate.not_regular_or_writable", EINVAL, "do_sys_ftruncate", "fs/open.c:187" @ "if (!S_ISREG(inode->i_mode) || !(f.file->f_mode & FMODE_WRITE))" => "fs/open.c" "do_ftruncate",
        "descriptor {fd} is not a regular file opened for writing";
    FTRUNCATE_APPEND: "ftruncate.append_only", EPERM, "do_sys_ftruncate", "fs/open.c:197" @ "if (IS_APPEND(file_inode(f.file)))" => "fs/open.c" "do_ftruncate",
        "the file behind descriptor {fd} is append-only (chattr +a)";
    FTRUNCATE_LOCKED: "ftruncate.mandatory_lock", EAGAIN, "do_sys_ftruncate", "fs/open.c:201" @ "error = locks_verify_truncate(inode, f.file, length);" => "fs/open.c" "do_sys_ftruncate",
        "another process holds a lock on the bytes the truncation changes, and the file is under mandatory locking";
    FTRUNCATE_TOO_BIG: "inode_newsize_ok.too_big", EFBIG, "inode_newsize_ok", "fs/attr.c:121" @ "if (offset > inode->i_sb->s_maxbytes)",
        "the new size {len} is past the largest file this filesystem allows ({max})";
    FTRUNCATE_HUGETLB_UNALIGNED: "hugetlbfs_setattr.unaligned", EINVAL, "hugetlbfs_setattr", "fs/hugetlbfs/inode.c:688" @ "if (attr->ia_size & ~huge_page_mask(h))",
        "hugetlbfs files are sized in whole huge pages ({huge}); {len} is not one";
    MSEAL_NO_SUCH_CALL: "mseal.no_such_call", ENOSYS, "sys_ni_syscall", "kernel/sys_ni.c:16" @ "return -ENOSYS;" => "kernel/sys_ni.c" "sys_ni_syscall",
        "this kernel has no mseal system call (it arrived in 6.10)";
    MSEAL_FLAGS: "mseal.flags", EINVAL, "can_do_mseal", "" @ "" => "mm/mseal.c" "do_mseal",
        "mseal defines no flags, and {flags} is not 0";
    MSEAL_UNALIGNED: "mseal.addr_unaligned", EINVAL, "do_mseal", "" @ "" => "mm/mseal.c" "do_mseal",
        "the address {addr} is not page aligned";
    MSEAL_LEN_WRAPS: "mseal.range_wraps", EINVAL, "do_mseal", "" @ "" => "mm/mseal.c" "do_mseal",
        "the length {len}, rounded up to pages, wraps past the top of the address space";
    MSEAL_UNMAPPED: "mseal.unmapped", ENOMEM, "check_mm_seal", "" @ "" => "mm/mseal.c" "do_mseal",
        "[{from}, {to}) is not mapped, so nothing of the range was sealed";
    SEALED_MUNMAP: "munmap.sealed", EPERM, "vms_gather_munmap_vmas", "" @ "" => "mm/vma.c" "vms_gather_munmap_vmas",
        "the mapping at {addr} is sealed (mseal): it cannot be unmapped or replaced";
    SEALED_MPROTECT: "mprotect.sealed", EPERM, "mprotect_fixup", "" @ "" => "mm/mprotect.c" "mprotect_fixup",
        "the mapping at {addr} is sealed (mseal): its protection cannot change";
    SEALED_MREMAP: "mremap.sealed", EPERM, "mremap", "" @ "" => "mm/mremap.c" "check_prep_vma",
        "the mapping at {addr} is sealed (mseal): it cannot be moved or resized";
    MSYNC_BAD_FLAGS: "msync.bad_flags", EINVAL, "msync", "mm/msync.c:39" @ "if (flags & ~(MS_ASYNC | MS_INVALIDATE | MS_SYNC))",
        "msync flags {flags} have bits other than MS_ASYNC, MS_INVALIDATE and MS_SYNC";
    MSYNC_UNALIGNED: "msync.addr_unaligned", EINVAL, "msync", "mm/msync.c:41" @ "if (offset_in_page(start))",
        "the address {addr} is not page aligned";
    MSYNC_ASYNC_AND_SYNC: "msync.async_and_sync", EINVAL, "msync", "mm/msync.c:43" @ "if ((flags & MS_ASYNC) && (flags & MS_SYNC))",
        "MS_ASYNC and MS_SYNC together";
    MSYNC_WRAPS: "msync.range_wraps", ENOMEM, "msync", "mm/msync.c:48" @ "if (end < start)",
        "{addr} + {len} (the length rounded up to pages) wraps past the top of the address space";
    MSYNC_NO_VMA: "msync.unmapped", ENOMEM, "msync", "mm/msync.c:65" @ "if (!vma)",
        "nothing is mapped at or after {addr}";
    MSYNC_HOLE: "msync.hole", ENOMEM, "msync", "mm/msync.c:72" @ "unmapped_error = -ENOMEM;",
        "[{from}, {to}) is not mapped (the mapped parts of the range were synced)";
    MSYNC_INVALIDATE_LOCKED: "msync.invalidate_locked", EBUSY, "msync", "mm/msync.c:75" @ "if ((flags & MS_INVALIDATE) &&",
        "MS_INVALIDATE on the locked mapping at {addr}";
    // mincore (mm/mincore.c:223-272): the arguments, then do_mincore chunk by chunk.
    MINCORE_UNALIGNED: "mincore.start_unaligned", EINVAL, "mincore", "mm/mincore.c:231" @ "if (start & ~PAGE_MASK)",
        "the address {addr} is not page aligned";
    MINCORE_RANGE: "mincore.range_not_user", ENOMEM, "mincore", "mm/mincore.c:235" @ "if (!access_ok(VERIFY_READ, (void __user *) start, len))",
        "[{addr}, +{len}) is not a user address range (it ends past TASK_SIZE or wraps)";
    MINCORE_VEC: "mincore.vec_not_user", EFAULT, "mincore", "mm/mincore.c:242" @ "if (!access_ok(VERIFY_WRITE, vec, pages))",
        "the vector at {vec} (a byte a page, {pages} in all) is not in user space";
    MINCORE_UNMAPPED: "do_mincore.unmapped", ENOMEM, "do_mincore", "mm/mincore.c:189" @ "if (!vma || addr < vma->vm_start)",
        "nothing is mapped at {addr} (the pages before it were reported)";
    MINCORE_COPY: "mincore.copy_to_user", EFAULT, "mincore", "mm/mincore.c:261" @ "if (copy_to_user(vec, tmp, retval)) {",
        "the vector at {vec} cannot be written: {why}";
    // madvise (mm/madvise.c:757-851): the arguments, then each VMA of the range.
    MADVISE_BAD_ADVICE: "madvise.bad_advice", EINVAL, "madvise", "mm/madvise.c:767" @ "if (!madvise_behavior_valid(behavior))" => "mm/madvise.c" "is_valid_madvise",
        "advice {advice} is not one this kernel knows (as built: some advice needs CONFIG_KSM or CONFIG_MEMORY_FAILURE)";
    MADVISE_UNALIGNED: "madvise.addr_unaligned", EINVAL, "madvise", "mm/madvise.c:770" @ "if (start & ~PAGE_MASK)" => "mm/madvise.c" "is_valid_madvise",
        "the address {addr} is not page aligned";
    MADVISE_LEN_OVERFLOW: "madvise.len_rounds_to_zero", EINVAL, "madvise", "mm/madvise.c:775" @ "if (len_in && !len)" => "mm/madvise.c" "is_valid_madvise",
        "the length {len} rounds up to 0 (it is a small negative number)";
    MADVISE_RANGE_WRAPS: "madvise.range_wraps", EINVAL, "madvise", "mm/madvise.c:779" @ "if (end < start)" => "mm/madvise.c" "is_valid_madvise",
        "{addr} + {len} (the length rounded up to pages) wraps past the top of the address space";
    MADVISE_INJECT_NOT_ADMIN: "madvise_inject_error.not_admin", EPERM, "madvise_inject_error", "mm/madvise.c:613" @ "if (!capable(CAP_SYS_ADMIN))",
        "MADV_HWPOISON and MADV_SOFT_OFFLINE need CAP_SYS_ADMIN";
    MADVISE_NO_VMA: "madvise.unmapped", ENOMEM, "madvise", "mm/madvise.c:812" @ "if (!vma) goto out;" => "mm/madvise.c" "madvise_walk_vmas",
        "nothing is mapped at or after {addr}";
    MADVISE_HOLE: "madvise.hole", ENOMEM, "madvise", "mm/madvise.c:817" @ "unmapped_error = -ENOMEM;" => "mm/madvise.c" "madvise_walk_vmas",
        "[{from}, {to}) is not mapped (the mapped parts of the range were advised)";
    MADVISE_DOFORK_IO: "madvise_behavior.dofork_io", EINVAL, "madvise_behavior", "mm/madvise.c:77" @ "if (vma->vm_flags & VM_IO) {" => "mm/madvise.c" "madvise_vma_behavior",
        "MADV_DOFORK on the VM_IO mapping at {addr}, which fork may never copy";
    MADVISE_DODUMP_SPECIAL: "madvise_behavior.dodump_special", EINVAL, "madvise_behavior", "mm/madvise.c:87" @ "if (new_flags & VM_SPECIAL) {" => "mm/madvise.c" "madvise_vma_behavior",
        "MADV_DODUMP on the special mapping at {addr} (VM_IO, VM_PFNMAP, VM_MIXEDMAP or VM_DONTEXPAND; from 6.x hugetlb excepted, VM_DROPPABLE refused), which a core dump never holds";
    MADVISE_WIPEONFORK_NOT_ANON: "madvise_vma_behavior.wipeonfork_not_anon", EINVAL, "madvise_vma_behavior", "" @ "" => "mm/madvise.c" "madvise_vma_behavior",
        "MADV_WIPEONFORK on the mapping at {addr}, which is shared or maps a file (private anonymous memory only)";
    MADVISE_KEEPONFORK_DROPPABLE: "madvise_vma_behavior.keeponfork_droppable", EINVAL, "madvise_vma_behavior", "" @ "" => "mm/madvise.c" "madvise_vma_behavior",
        "MADV_KEEPONFORK on the MAP_DROPPABLE mapping at {addr}, which is always wiped on fork";
    MADVISE_MAP_COUNT_START: "madvise_behavior.max_map_count", ENOMEM, "madvise_behavior", "mm/madvise.c:138" @ "if (unlikely(mm->map_count >= sysctl_max_map_count)) { error = -ENOMEM; goto out; } error = __split_vma(mm, vma, start, 1);",
        "splitting the mapping at {addr} would pass vm.max_map_count ({max})";
    MADVISE_MAP_COUNT_END: "madvise_behavior.max_map_count", ENOMEM, "madvise_behavior", "mm/madvise.c:155" @ "if (unlikely(mm->map_count >= sysctl_max_map_count)) { error = -ENOMEM; goto out; } error = __split_vma(mm, vma, end, 0);",
        "splitting the mapping at {addr} would pass vm.max_map_count ({max})";
    MADVISE_SPLIT_EAGAIN: "madvise_update_vma.split_eagain", EAGAIN, "madvise_vma_behavior", "" @ "" => "mm/vma.c" "split_vma",
        "splitting a mapping for the advice would pass vm.max_map_count ({max}); madvise answers split_vma's ENOMEM with EAGAIN";
    MADVISE_DONTNEED_VMA: "madvise_dontneed.vma", EINVAL, "madvise_dontneed", "mm/madvise.c:512" @ "if (!can_madv_dontneed_vma(vma)) return -EINVAL; if (!userfaultfd_remove" => "mm/madvise.c" "madvise_dontneed_free",
        "the advice cannot drop the pages of the mapping at {addr}: it is {what}";
    MADVISE_FREE_VMA: "madvise_free_single_vma.vma", EINVAL, "madvise_free_single_vma", "mm/madvise.c:454" @ "if (vma->vm_flags & (VM_LOCKED|VM_HUGETLB|VM_PFNMAP))" => "mm/madvise.c" "madvise_dontneed_free",
        "MADV_FREE on the mapping at {addr}, which is {what} (MADV_FREE refuses locked, hugetlb and VM_PFNMAP memory)";
    MADVISE_FREE_NOT_ANON: "madvise_free_single_vma.not_anonymous", EINVAL, "madvise_free_single_vma", "mm/madvise.c:458" @ "if (!vma_is_anonymous(vma))",
        "MADV_FREE works on anonymous memory only, and the mapping at {addr} is not";
    MADVISE_REMOVE_LOCKED: "madvise_remove.locked", EINVAL, "madvise_remove", "mm/madvise.c:570" @ "if (vma->vm_flags & VM_LOCKED)",
        "MADV_REMOVE on the locked mapping at {addr}";
    MADVISE_REMOVE_NO_FILE: "madvise_remove.no_file", EINVAL, "madvise_remove", "mm/madvise.c:575" @ "if (!f || !f->f_mapping || !f->f_mapping->host) {",
        "MADV_REMOVE on the private anonymous mapping at {addr}, which has no file to punch a hole in";
    MADVISE_REMOVE_NOT_SHARED_WRITABLE: "madvise_remove.not_shared_writable", EACCES, "madvise_remove", "mm/madvise.c:579" @ "if ((vma->vm_flags & (VM_SHARED|VM_WRITE)) != (VM_SHARED|VM_WRITE))",
        "MADV_REMOVE needs a shared mapping that can write the file (4.12: VM_SHARED|VM_WRITE; 6.x: VM_SHARED|VM_MAYWRITE), and the one at {addr} is not";
    MADVISE_COLD_VMA: "madvise.lru_vma", EINVAL, "madvise_cold", "" @ "" => "mm/madvise.c" "madvise_cold",
        "MADV_COLD on the mapping at {addr}, which is {what}: its pages are on no LRU list to age";
    MADVISE_PAGEOUT_VMA: "madvise.lru_vma", EINVAL, "madvise_pageout", "" @ "" => "mm/madvise.c" "madvise_pageout",
        "MADV_PAGEOUT on the mapping at {addr}, which is {what}: its pages are on no LRU list to reclaim";
    MADVISE_POPULATE_VMA: "madvise_populate.vma", EINVAL, "madvise_populate", "" @ "" => "mm/gup.c" "__get_user_pages",
        "the mapping at {addr} cannot be faulted in to be {access} (check_vma_flags: VM_IO or VM_PFNMAP, or its protection forbids it)";
    MADVISE_POPULATE_FAULT: "madvise_populate.fault", EFAULT, "madvise_populate", "" @ "" => "mm/madvise.c" "madvise_populate",
        "the fault at {addr} fails: {why}";
    MADVISE_POPULATE_NO_VMA: "madvise_populate.unmapped", ENOMEM, "madvise_populate", "" @ "" => "mm/gup.c" "__get_user_pages",
        "nothing is mapped at {addr} (MADV_POPULATE_* stops at the first hole)";
    MADVISE_GUARD_INSTALL_VMA: "madvise_guard_install.vma", EINVAL, "madvise_guard_install", "" @ "" => "mm/madvise.c" "madvise_guard_install",
        "guard pages cannot go in the mapping at {addr}: it is {what} (is_valid_guard_vma refuses locked, hugetlb and special mappings)";
    MADVISE_GUARD_REMOVE_VMA: "madvise_guard_remove.vma", EINVAL, "madvise_guard_remove", "" @ "" => "mm/madvise.c" "madvise_guard_remove",
        "the mapping at {addr} is {what}, which can hold no guard pages (is_valid_guard_vma refuses hugetlb and special mappings)";
    MADVISE_SEALED: "madvise.sealed", EPERM, "madvise_vma_behavior", "" @ "" => "mm/madvise.c" "madvise_vma_behavior",
        "the mapping at {addr} is sealed, read-only and anonymous: advice that would discard its contents is refused (can_modify_vma_madv)";
    // SysV shared memory (ipc/shm.c, ipc/util.c).
    SHMGET_SIZE: "shmget.size", EINVAL, "newseg", "ipc/shm.c:535" @ "if (size < SHMMIN || size > ns->shm_ctlmax)",
        "a segment of {size} bytes: shmget makes segments of 1 byte up to kernel.shmmax ({max})";
    SHMGET_SIZE_WRAPS: "shmget.size_wraps", ENOSPC, "newseg", "ipc/shm.c:538" @ "if (numpages << PAGE_SHIFT < size)",
        "{size} bytes rounded up to whole pages wraps around";
    SHMGET_SHMALL: "shmget.shmall", ENOSPC, "newseg", "ipc/shm.c:541" @ "if (ns->shm_tot + numpages < ns->shm_tot ||",
        "{pages} more pages would take the namespace's segments past kernel.shmall ({max} pages); they hold {tot}";
    SHMGET_NO_COMMIT: "shmget.vm_enough_memory", ENOMEM, "shmem_acct_size", "mm/shmem.c:147" @ "0 : security_vm_enough_memory_mm(current->mm, VM_ACCT(size));",
        "the segment's {pages} pages cannot be committed under overcommit mode {mode}: {detail} (SHM_NORESERVE skips the charge unless overcommit is strict)";
    SHMGET_NO_SUCH_HSTATE: "shmget.no_such_hstate", EINVAL, "newseg", "ipc/shm.c:566" @ "if (!hs) {",
        "SHM_HUGETLB with huge page size 2^{log}: the machine's huge page sizes are 2 MiB and 1 GiB";
    SHMGET_HUGETLB_NOT_PERMITTED: "hugetlb_file_setup.not_permitted", EPERM, "hugetlb_file_setup", "fs/hugetlbfs/inode.c:1266" @ "if (creat_flags == HUGETLB_SHMFS_INODE && !can_do_hugetlb_shm()) {",
        "SHM_HUGETLB needs CAP_IPC_LOCK or the group vm.hugetlb_shm_group (0), and uid {uid} (gid {gid}) has neither; 4.12 lets RLIMIT_MEMLOCK cover the segment instead, which it does not";
    SHMGET_HUGETLB_NO_RESERVE: "hugetlb_file_setup.reserve_failed", ENOMEM, "hugetlb_file_setup", "fs/hugetlbfs/inode.c:1297" @ "if (hugetlb_reserve_pages(inode, 0,",
        "the segment needs {need} huge pages reserved and the pool has {free} free (SHM_NORESERVE reserves none)";
    IPC_ADDID_SHMMNI: "ipc_addid.shmmni", ENOSPC, "ipc_addid", "ipc/util.c:230" @ "if (ids->in_use >= size)",
        "the namespace holds {n} segments, and kernel.shmmni allows {max}";
    IPCGET_NO_SUCH_KEY: "ipcget.no_such_key", ENOENT, "ipcget_public", "ipc/util.c:352" @ "if (!(flg & IPC_CREAT))",
        "no segment has key {key}, and IPC_CREAT was not given";
    IPCGET_EXISTS: "ipcget.exists", EEXIST, "ipcget_public", "ipc/util.c:359" @ "if (flg & IPC_CREAT && flg & IPC_EXCL)",
        "segment {id} has key {key} already, and IPC_CREAT|IPC_EXCL asks for a new one";
    SHMGET_SEGMENT_SMALLER: "shmget.segment_smaller", EINVAL, "shm_more_checks", "ipc/shm.c:651" @ "if (shp->shm_segsz < params->u.size)",
        "segment {id} (key {key}) is {segsz} bytes, smaller than the {size} asked for";
    IPCGET_PERMISSION: "ipcget.permission", EACCES, "ipc_check_perms", "ipc/util.c:312" @ "if (ipcperms(ns, ipcp, params->flg))",
        "segment {id} has mode {mode} (owner {uid}, group {gid}): uid {euid} is not granted the {want} access the flags ask for, and has no CAP_IPC_OWNER";
    SHMAT_NEGATIVE_ID: "shmat.negative_id", EINVAL, "do_shmat", "ipc/shm.c:1112" @ "if (shmid < 0)",
        "shmid {id} is negative";
    SHMAT_UNALIGNED: "shmat.unaligned", EINVAL, "do_shmat", "ipc/shm.c:1126" @ "if (addr & ~PAGE_MASK)",
        "{addr} is not a multiple of SHMLBA (a page) and is not rounded: {why}";
    SHMAT_RND_TO_ZERO_REMAP: "shmat.rnd_to_zero_remap", EINVAL, "do_shmat", "" @ "" => "ipc/shm.c" "do_shmat",
        "SHM_RND rounds {addr} down to 0, which SHM_REMAP may not replace";
    SHMAT_REMAP_WITHOUT_ADDRESS: "shmat.remap_without_address", EINVAL, "do_shmat", "ipc/shm.c:1132" @ "} else if ((shmflg & SHM_REMAP))",
        "SHM_REMAP needs an address to replace";
    IPC_NO_SUCH_ID: "ipc.no_such_id", EINVAL, "ipc_obtain_object_idr", "ipc/util.c:554" @ "if (!out)",
        "no segment of this IPC namespace is at index {idx} (id {id})";
    IPC_STALE_ID: "ipc.stale_id", EINVAL, "ipc_obtain_object_check", "ipc/util.c:614" @ "if (ipc_checkid(out, id))",
        "index {idx} holds segment {current}, not {id}: the sequence number differs";
    SHMAT_PERMISSION: "shmat.permission", EACCES, "do_shmat", "ipc/shm.c:1162" @ "if (ipcperms(ns, &shp->shm_perm, acc_mode))",
        "segment {id} has mode {mode} (owner {uid}, group {gid}): uid {euid} is not granted the {want} access the attach needs, and has no CAP_IPC_OWNER";
    SHMAT_RANGE_WRAPS: "shmat.range_wraps", EINVAL, "do_shmat", "ipc/shm.c:1221" @ "if (addr + size < addr)",
        "{addr} plus the segment's {size} bytes wraps around";
    SHMAT_OVERLAPS: "shmat.overlaps", EINVAL, "do_shmat", "ipc/shm.c:1224" @ "if (find_vma_intersection(current->mm, addr, addr + size))",
        "the segment's {size} bytes at {addr} meet the mapping at {at}, and without SHM_REMAP shmat does not replace";
    SHMDT_UNALIGNED: "shmdt.unaligned", EINVAL, "shmdt", "ipc/shm.c:1286" @ "if (addr & ~PAGE_MASK)" => "ipc/shm.c" "ksys_shmdt",
        "{addr} is not page aligned";
    SHMDT_NO_ATTACH: "shmdt.no_attach", EINVAL, "shmdt", "ipc/shm.c:1324" @ "if ((vma->vm_ops == &shm_vm_ops) && (vma->vm_start - addr)/PAGE_SIZE" => "ipc/shm.c" "ksys_shmdt",
        "no SysV segment is attached at {addr}: no segment mapping at or above it starts where its offset in the segment puts it";
    SHMCTL_NEGATIVE: "shmctl.negative", EINVAL, "shmctl", "ipc/shm.c:993" @ "if (cmd < 0 || shmid < 0)" => "ipc/shm.c" "ksys_shmctl",
        "shmid {id} or command {cmd} is negative";
    SHMCTL_BAD_CMD: "shmctl.bad_cmd", EINVAL, "shmctl", "ipc/shm.c:1076" @ "default:" => "ipc/shm.c" "ksys_shmctl",
        "shmctl has no command {cmd} (x86-64 takes no IPC_64 flag)";
    SHMCTL_INFO_FAULT: "shmctl.buffer_fault", EFAULT, "shmctl_nolock", "ipc/shm.c:897" @ "if (copy_shminfo_to_user(buf, &shminfo, version))" => "ipc/shm.c" "ksys_shmctl",
        "struct shminfo64 ({len} bytes) cannot be copied to {buf}";
    SHMCTL_SHM_INFO_FAULT: "shmctl.buffer_fault", EFAULT, "shmctl_nolock", "ipc/shm.c:921" @ "if (copy_to_user(buf, &shm_info, sizeof(shm_info))) {" => "ipc/shm.c" "ksys_shmctl",
        "struct shm_info ({len} bytes) cannot be copied to {buf}";
    SHMCTL_STAT_FAULT: "shmctl.buffer_fault", EFAULT, "shmctl_nolock", "ipc/shm.c:971" @ "if (copy_shmid_to_user(buf, &tbuf, version))" => "ipc/shm.c" "ksys_shmctl",
        "struct shmid64_ds ({len} bytes) cannot be copied to {buf}";
    SHMCTL_STAT_PERMISSION: "shmctl.stat_permission", EACCES, "shmctl_nolock", "ipc/shm.c:953" @ "if (ipcperms(ns, &shp->shm_perm, S_IRUGO))" => "ipc/shm.c" "shmctl_stat",
        "segment {id} has mode {mode} (owner {uid}, group {gid}): uid {euid} may not read it, and has no CAP_IPC_OWNER (SHM_STAT_ANY asks for nothing)";
    SHM_LOCK_NOT_OWNER: "shm_lock.not_owner", EPERM, "shmctl", "ipc/shm.c:1036" @ "if (!uid_eq(euid, shp->shm_perm.uid) &&" => "ipc/shm.c" "shmctl_do_lock",
        "segment {id} belongs to uid {uid}: uid {euid} may not lock or unlock it without CAP_IPC_LOCK";
    SHM_LOCK_NO_MEMLOCK: "shm_lock.no_memlock", EPERM, "shmctl", "ipc/shm.c:1041" @ "if (cmd == SHM_LOCK && !rlimit(RLIMIT_MEMLOCK)) {" => "ipc/shm.c" "shmctl_do_lock",
        "RLIMIT_MEMLOCK is 0 and the caller has no CAP_IPC_LOCK";
    SHMEM_LOCK_NO_MEMLOCK: "shmem_lock.rlimit_memlock", ENOMEM, "shmem_lock", "mm/shmem.c:2106" @ "if (!user_shm_lock(inode->i_size, user))",
        "locking the segment's {pages} pages would take the user's locked segments past RLIMIT_MEMLOCK ({limit} bytes), and the caller has no CAP_IPC_LOCK";
    SHMCTL_NOT_OWNER: "shmctl.not_owner", EPERM, "ipcctl_pre_down_nolock", "ipc/util.c:699" @ "if (uid_eq(euid, ipcp->cuid) || uid_eq(euid, ipcp->uid) ||" => "ipc/util.c" "ipcctl_obtain_check",
        "segment {id} belongs to uid {uid} (created by {cuid}): uid {euid} may not remove it without CAP_SYS_ADMIN";
    // memfd_create and file seals (4.12 mm/shmem.c; 6.x mm/memfd.c).
    MEMFD_BAD_FLAGS: "memfd_create.bad_flags", EINVAL, "memfd_create", "mm/shmem.c:3640" @ "if (flags & ~(unsigned int)MFD_ALL_FLAGS)" => "mm/memfd.c" "memfd_create",
        "memfd_create flags {flags} have bits this kernel does not know (MFD_HUGETLB 4.14, MFD_NOEXEC_SEAL and MFD_EXEC 6.3; a huge page size only with MFD_HUGETLB)";
    MEMFD_EXEC_AND_NOEXEC: "memfd_create.exec_and_noexec", EINVAL, "memfd_create", "" @ "" => "mm/memfd.c" "memfd_create",
        "MFD_EXEC and MFD_NOEXEC_SEAL together";
    MEMFD_NOEXEC_ENFORCED: "memfd_create.noexec_enforced", EACCES, "check_sysctl_memfd_noexec", "" @ "" => "mm/memfd.c" "check_sysctl_memfd_noexec",
        "vm.memfd_noexec is {scope}: memfd_create needs MFD_NOEXEC_SEAL";
    MEMFD_NAME_FAULT: "memfd_create.name_fault", EFAULT, "memfd_create", "mm/shmem.c:3645" @ "if (len <= 0)" => "mm/memfd.c" "memfd_create",
        "the name is not a string in the process's memory";
    MEMFD_NAME_TOO_LONG: "memfd_create.name_too_long", EINVAL, "memfd_create", "mm/shmem.c:3647" @ "if (len > MFD_NAME_MAX_LEN + 1)" => "mm/memfd.c" "memfd_create",
        "the name is {len} bytes, more than the 249 `memfd:` leaves of NAME_MAX";
    MEMFD_NO_SUCH_HSTATE: "hugetlb_file_setup.no_such_hstate", ENODEV, "hugetlb_file_setup", "" @ "" => "fs/hugetlbfs/inode.c" "hugetlb_file_setup",
        "no huge page size 2^{log} on this machine (its hstates are 2 MiB and 1 GiB)";
    SEALS_NOT_SHMEM: "memfd_fcntl.not_sealable", EINVAL, "shmem_add_seals", "mm/shmem.c:2733" @ "if (file->f_op != &shmem_file_operations)" => "mm/memfd.c" "memfd_add_seals",
        "the file has no seals: only tmpfs files and memfds (and, from 4.14, hugetlbfs files) do";
    SEALS_GET_NOT_SHMEM: "memfd_fcntl.not_sealable", EINVAL, "shmem_get_seals", "mm/shmem.c:2770" @ "if (file->f_op != &shmem_file_operations)" => "mm/memfd.c" "memfd_get_seals",
        "the file has no seals: only tmpfs files and memfds (and, from 4.14, hugetlbfs files) do";
    SEALS_NOT_WRITABLE: "memfd_add_seals.not_writable", EPERM, "shmem_add_seals", "mm/shmem.c:2735" @ "if (!(file->f_mode & FMODE_WRITE))" => "mm/memfd.c" "memfd_add_seals",
        "F_ADD_SEALS needs a descriptor open for writing";
    SEALS_UNKNOWN: "memfd_add_seals.unknown_seals", EINVAL, "shmem_add_seals", "mm/shmem.c:2737" @ "if (seals & ~(unsigned int)F_ALL_SEALS)" => "mm/memfd.c" "memfd_add_seals",
        "seals {seals} have bits this kernel does not know (F_SEAL_FUTURE_WRITE 5.1, F_SEAL_EXEC 6.3)";
    SEALS_SEALED: "memfd_add_seals.sealed", EPERM, "shmem_add_seals", "mm/shmem.c:2742" @ "if (info->seals & F_SEAL_SEAL) {" => "mm/memfd.c" "memfd_add_seals",
        "the file has F_SEAL_SEAL (every file but a memfd made with MFD_ALLOW_SEALING starts with it): no more seals";
    SEALS_WRITE_MAPPED: "memfd_add_seals.write_mapped", EBUSY, "shmem_add_seals", "mm/shmem.c:2748" @ "error = mapping_deny_writable(file->f_mapping);" => "mm/memfd.c" "memfd_add_seals",
        "F_SEAL_WRITE while {count} shared mappings could write the file (mapping_deny_writable)";
    SEALS_MAP_WRITABLE: "mmap_region.write_sealed", EPERM, "mmap_region", "mm/mmap.c:1678" @ "error = mapping_map_writable(file->f_mapping);" => "mm/mmap.c" "mmap_region",
        "the file is sealed with F_SEAL_WRITE: no shared mapping that could write it (4.12: no shared mapping of a descriptor open for writing at all)";
    SEALS_MMAP_WRITE: "memfd_check_seals_mmap.write", EPERM, "memfd_check_seals_mmap", "" @ "" => "mm/memfd.c" "memfd_check_seals_mmap",
        "a shared writable mapping of a file sealed with F_SEAL_WRITE or F_SEAL_FUTURE_WRITE";
    SEALS_SHMEM_MMAP_WRITE: "shmem_mmap.write_sealed", EPERM, "shmem_mmap", "" @ "" => "mm/memfd.c" "memfd_check_seals_mmap",
        "a shared writable mapping of a file sealed with F_SEAL_FUTURE_WRITE (seal_check_write)";
    SEALS_SIZE: "shmem_setattr.size_sealed", EPERM, "shmem_setattr", "mm/shmem.c:993" @ "if ((newsize < oldsize && (info->seals & F_SEAL_SHRINK)) ||" => "mm/shmem.c" "shmem_setattr",
        "{seal}: the file's size {size} may not become {len}";
    SEALS_SIZE_HUGETLB: "hugetlbfs_setattr.size_sealed", EPERM, "hugetlbfs_setattr", "" @ "" => "fs/hugetlbfs/inode.c" "hugetlbfs_setattr",
        "{seal}: the file's size {size} may not become {len}";
    SEALS_PUNCH_HUGETLB: "hugetlbfs_punch_hole.write_sealed", EPERM, "hugetlbfs_punch_hole", "" @ "" => "fs/hugetlbfs/inode.c" "hugetlbfs_punch_hole",
        "the file is sealed against writes (F_SEAL_WRITE or F_SEAL_FUTURE_WRITE): no hole may be punched in it";
    SEALS_PUNCH: "shmem_fallocate.write_sealed", EPERM, "shmem_fallocate", "mm/shmem.c:2822" @ "if (info->seals & F_SEAL_WRITE) {" => "mm/shmem.c" "shmem_fallocate",
        "the file is sealed against writes (F_SEAL_WRITE, or from 5.1 F_SEAL_FUTURE_WRITE): no hole may be punched in it";
    // A user access that faults (arch/x86/mm/fault.c __do_page_fault): no
    // errno, a signal (engine::fault::signal_of).
    FAULT_NON_CANONICAL: "fault.non_canonical", NO_ERRNO, "do_general_protection", "arch/x86/kernel/traps.c:560" @ "force_sig_info(SIGSEGV, SEND_SIG_PRIV, tsk);" => "arch/x86/kernel/traps.c" "gp_user_force_sig_segv",
        "{addr} is not a canonical address (its top bits are not all copies of the last address bit of the paging mode): a general protection fault, not a page fault: SIGSEGV (SI_KERNEL)";
    FAULT_NO_VMA: "fault.no_vma", NO_ERRNO, "__do_page_fault", "arch/x86/mm/fault.c:1402" @ "if (unlikely(!vma)) {" => "mm/memory.c" "lock_mm_and_find_vma",
        "nothing is mapped at or above {addr}: SIGSEGV (SEGV_MAPERR)";
    FAULT_NOT_STACK: "fault.not_stack", NO_ERRNO, "__do_page_fault", "arch/x86/mm/fault.c:1408" @ "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN))) {" => "mm/memory.c" "lock_mm_and_find_vma",
        "{addr} is in no mapping (the next one, at {next}, is not a stack that could grow down to it): SIGSEGV (SEGV_MAPERR)";
    FAULT_BELOW_SP: "fault.below_sp", NO_ERRNO, "__do_page_fault", "arch/x86/mm/fault.c:1419" @ "if (unlikely(address + 65536 + 32 * sizeof(unsigned long) < regs->sp)) {",
        "{addr} is more than 64 KiB below the stack pointer (4.12 refuses such a stack access before trying to grow the stack; the model's stack is at the top of the address space): SIGSEGV (SEGV_MAPERR)";
    FAULT_STACK_GROWTH: "fault.stack_growth", NO_ERRNO, "__do_page_fault", "arch/x86/mm/fault.c:1424" @ "if (unlikely(expand_stack(vma, address))) {" => "mm/memory.c" "lock_mm_and_find_vma",
        "the stack mapping at {next} cannot grow down to {addr}: {why}; SIGSEGV (SEGV_MAPERR)";
    FAULT_PKEY: "fault.pkey", NO_ERRNO, "access_error", "arch/x86/mm/fault.c:1209" @ "if (!arch_vma_access_permitted(vma, (error_code & PF_WRITE)," => "arch/x86/mm/fault.c" "access_error",
        "a {access} at {addr}, in an execute-only mapping: on a CPU with protection keys it has the execute-only pkey, which denies loads and stores: SIGSEGV (SEGV_PKUERR)";
    FAULT_ACCESS_ERROR_WRITE: "fault.access_error", NO_ERRNO, "access_error", "arch/x86/mm/fault.c:1215" @ "if (unlikely(!(vma->vm_flags & VM_WRITE)))",
        "a {access} at {addr}, whose mapping is {prot}: SIGSEGV (SEGV_ACCERR)";
    FAULT_ACCESS_ERROR_READ: "fault.access_error", NO_ERRNO, "access_error", "arch/x86/mm/fault.c:1225" @ "if (unlikely(!(vma->vm_flags & (VM_READ | VM_EXEC | VM_WRITE))))",
        "a {access} at {addr}, whose mapping is {prot}: SIGSEGV (SEGV_ACCERR)";
    FAULT_SIGBUS: "fault.sigbus", NO_ERRNO, "mm_fault_error", "arch/x86/mm/fault.c:1073" @ "if (fault & (VM_FAULT_SIGBUS|VM_FAULT_HWPOISON|" => "arch/x86/mm/fault.c" "do_user_addr_fault",
        "the page at {addr} cannot be faulted in: {why}; SIGBUS (BUS_ADRERR)";
    FAULT_GUARD_PAGE: "fault.guard_page", NO_ERRNO, "handle_pte_marker", "" @ "" => "mm/memory.c" "handle_pte_marker",
        "{addr} is a guard page (MADV_GUARD_INSTALL): SIGSEGV (SEGV_MAPERR)";
    MLOCK2_BAD_FLAGS: "mlock2.bad_flags", EINVAL, "mlock2", "mm/mlock.c:721" @ "if (flags & ~MLOCK_ONFAULT)",
        "mlock2 flags {flags} has bits other than MLOCK_ONFAULT";
    MLOCK_WRAP: "apply_vma_lock_flags.range_wraps", EINVAL, "apply_vma_lock_flags", "mm/mlock.c:587" @ "if (end < start)",
        "the range wraps around the end of the address space";
    MLOCKALL_BAD_FLAGS: "mlockall.bad_flags", EINVAL, "mlockall", "mm/mlock.c:796" @ "if (!flags || (flags & ~(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT)))",
        "mlockall flags {flags} are invalid (0, or bits other than MCL_CURRENT|MCL_FUTURE|MCL_ONFAULT)";
    MLOCKALL_LIMIT: "mlockall.rlimit_memlock", ENOMEM, "mlockall", "mm/mlock.c:812" @ "if (!(flags & MCL_CURRENT) || (current->mm->total_vm <= lock_limit) ||",
        "MCL_CURRENT would lock {pages} pages, over RLIMIT_MEMLOCK ({limit} pages)";

    // --- open, close, fcntl, rlimits -------------------------------------------------------------------
    // build_open_flags: the flag combinations refused before the path is read.
    OPEN_TMPFILE_MASK: "build_open_flags.tmpfile_mask", EINVAL, "build_open_flags", "fs/open.c:925" @ "if ((flags & O_TMPFILE_MASK) != O_TMPFILE)",
        "__O_TMPFILE is valid only as O_TMPFILE (with O_DIRECTORY) and without O_CREAT ((flags & O_TMPFILE_MASK) != O_TMPFILE): {what}";
    OPEN_CREAT_DIRECTORY: "build_open_flags.creat_with_directory", EINVAL, "build_open_flags", "" @ "" => "fs/open.c" "build_open_flags",
        "{flags}: O_CREAT with O_DIRECTORY is refused since 6.4 (it used to create a regular file)";
    OPEN_TMPFILE_NO_DIRECTORY: "build_open_flags.tmpfile_without_directory", EINVAL, "build_open_flags", "" @ "" => "fs/open.c" "build_open_flags",
        "__O_TMPFILE without O_DIRECTORY: O_TMPFILE is __O_TMPFILE|O_DIRECTORY, so that kernels without O_TMPFILE fail it";
    OPEN_TMPFILE_NEEDS_WRITE: "build_open_flags.tmpfile_needs_write", EINVAL, "build_open_flags", "fs/open.c:927" @ "if (!(acc_mode & MAY_WRITE))",
        "O_TMPFILE needs O_WRONLY or O_RDWR (an unnamed file nobody may write is of no use); the access mode is {accmode}";
    GETNAME_EMPTY: "getname.empty_path", ENOENT, "getname_flags", "fs/namei.c:193" @ "if (!(flags & LOOKUP_EMPTY)) {",
        "the path is empty (POSIX.1 2.4: an empty pathname is invalid)";
    ALLOC_FD_EMFILE: "get_unused_fd.emfile", EMFILE, "__alloc_fd", "fs/file.c:519" @ "if (fd >= end)",
        "the lowest free descriptor, {fd}, is not below RLIMIT_NOFILE ({limit})";
    // path_init: a relative path starts at the directory descriptor.
    PATH_INIT_BAD_FD: "path_init.bad_dirfd", EBADF, "path_init", "fs/namei.c:2208" @ "if (!f.file)",
        "the directory descriptor {fd} is not open";
    PATH_INIT_NOT_DIR: "path_init.dirfd_not_directory", ENOTDIR, "path_init", "fs/namei.c:2214" @ "if (!d_can_lookup(dentry)) {",
        "the directory descriptor {fd} is not a directory ({path}), so a relative path cannot start there";
    // O_PATH: do_o_path only looks the path up (path_lookupat) and opens nothing.
    OPEN_PATH_ENOENT: "o_path.no_such_file", ENOENT, "walk_component", "fs/namei.c:1794" @ "if (unlikely(d_is_negative(path.dentry))) {",
        "{path} does not exist; an O_PATH open only looks the path up: O_PATH keeps O_DIRECTORY, O_NOFOLLOW and O_CLOEXEC and drops every other flag, O_CREAT included";
    OPEN_PATH_ENOTDIR: "o_path.not_directory", ENOTDIR, "path_lookupat", "fs/namei.c:2313" @ "if (!d_can_lookup(nd->path.dentry))",
        "{path} is not a directory, but O_DIRECTORY or a trailing slash asks for one";
    // O_TMPFILE: do_tmpfile looks the directory up and vfs_tmpfile creates an unnamed file in it.
    TMPFILE_ENOENT: "do_tmpfile.no_such_directory", ENOENT, "walk_component", "fs/namei.c:1794" @ "if (unlikely(d_is_negative(path.dentry))) {",
        "{path} does not exist: O_TMPFILE names the directory in which an unnamed file is created";
    TMPFILE_ENOTDIR: "do_tmpfile.not_directory", ENOTDIR, "path_lookupat", "fs/namei.c:2313" @ "if (!d_can_lookup(nd->path.dentry))",
        "{path} is not a directory: O_TMPFILE (which includes O_DIRECTORY) names the directory in which an unnamed file is created";
    TMPFILE_EROFS: "do_tmpfile.read_only_fs", EROFS, "do_tmpfile", "fs/namei.c:3449" @ "error = mnt_want_write(path.mnt);",
        "{path} is on a read-only mount: not even an unnamed O_TMPFILE file can be created there";
    TMPFILE_EACCES: "vfs_tmpfile.directory_not_writable", EACCES, "vfs_tmpfile", "fs/namei.c:3410" @ "error = inode_permission(dir, MAY_WRITE | MAY_EXEC);",
        "an O_TMPFILE file is created in {path}, which needs write and search permission on it: mode {mode}, owner {owner}, uid {uid}";
    TMPFILE_EOPNOTSUPP: "vfs_tmpfile.no_tmpfile_op", EOPNOTSUPP, "vfs_tmpfile", "fs/namei.c:3414" @ "if (!dir->i_op->tmpfile)",
        "{path} is on {fstype}, whose directories have no tmpfile operation: O_TMPFILE is not supported there";
    OPEN_ENOENT: "open.no_such_file", ENOENT, "do_last", "fs/namei.c:3332" @ "if (unlikely(d_is_negative(path.dentry))) {" => "fs/namei.c" "traverse_mounts",
        "{path} does not exist and O_CREAT was not given";
    OPEN_PARENT_ENOENT: "open.no_such_directory", ENOENT, "walk_component", "fs/namei.c:1794" @ "if (unlikely(d_is_negative(path.dentry))) {",
        "the directory {path} does not exist";
    OPEN_EXISTS: "open.exists", EEXIST, "do_last", "fs/namei.c:3342" @ "if (unlikely((open_flag & (O_EXCL | O_CREAT)) == (O_EXCL | O_CREAT))) {",
        "{path} exists and O_CREAT|O_EXCL was given";
    OPEN_EISDIR_CREAT: "open.creat_on_directory", EISDIR, "do_last", "fs/namei.c:3360" @ "if ((open_flag & O_CREAT) && d_is_dir(nd->path.dentry))",
        "{path} is a directory and O_CREAT was given";
    OPEN_ENOTDIR: "open.not_directory", ENOTDIR, "do_last", "fs/namei.c:3363" @ "if ((nd->flags & LOOKUP_DIRECTORY) && !d_can_lookup(nd->path.dentry))",
        "{path} is not a directory, but O_DIRECTORY or a trailing slash asks for one";
    OPEN_WALK_ENOTDIR: "link_path_walk.not_directory", ENOTDIR, "link_path_walk", "fs/namei.c:2133" @ "if (unlikely(!d_can_lookup(nd->path.dentry))) {",
        "{path} is not a directory, so the path cannot go through it";
    OPEN_CREAT_TRAILING_SLASH: "do_last.creat_trailing_slash", EISDIR, "do_last", "fs/namei.c:3273" @ "if (unlikely(nd->last.name[nd->last.len]))" => "fs/namei.c" "open_last_lookups",
        "O_CREAT with a trailing slash: {path} would have to be a directory";
    OPEN_EISDIR_WRITE: "may_open.write_directory", EISDIR, "may_open", "fs/namei.c:2920" @ "if (acc_mode & MAY_WRITE)",
        "{path} is a directory and cannot be opened for writing";
    OPEN_NODEV: "may_open.nodev", EACCES, "may_open", "fs/namei.c:2925" @ "if (!may_open_dev(path))",
        "{path} is a device on a nodev mount";
    OPEN_EROFS: "inode_permission.read_only_fs", EROFS, "sb_permission", "fs/namei.c:450" @ "if ((sb->s_flags & MS_RDONLY) &&",
        "{path} is on a read-only mount and write access was asked for";
    // O_TRUNC: do_last takes write access to the mount before may_open.
    OPEN_TRUNC_EROFS: "inode_permission.read_only_fs", EROFS, "do_last", "fs/namei.c:3369" @ "error = mnt_want_write(nd->path.mnt); if (error)",
        "{path} is on a read-only mount and write access was asked for";
    OPEN_IMMUTABLE: "inode_permission.immutable", EPERM, "__inode_permission", "fs/namei.c:412" @ "if (IS_IMMUTABLE(inode))",
        "{path} is immutable (chattr +i) and write access was asked for";
    OPEN_EACCES: "generic_permission.denied", EACCES, "generic_permission", "fs/namei.c:368" @ "return -EACCES; } EXPORT_SYMBOL(generic_permission);",
        "{path} has mode {mode}, owner {owner}; uid {uid} may not {access} it";
    OPEN_EACCES_DIR: "generic_permission.denied", EACCES, "generic_permission", "fs/namei.c:349" @ "return -EACCES; } /* * Searching includes executable on directories",
        "{path} has mode {mode}, owner {owner}; uid {uid} may not {access} it";
    OPEN_CREATE_EACCES: "may_create.denied", EACCES, "may_o_create", "fs/namei.c:2996" @ "error = inode_permission(dir->dentry->d_inode, MAY_WRITE | MAY_EXEC);",
        "creating a file in {path} needs write and search permission on it";
    OPEN_CREATE_EROFS: "may_o_create.read_only_fs", EROFS, "lookup_open", "fs/namei.c:3146" @ "if (unlikely(!got_write)) {",
        "{path} is on a read-only mount, so nothing can be created in it";
    OPEN_APPEND_EPERM: "may_open.append_only", EPERM, "may_open", "fs/namei.c:2942" @ "if ((flag & O_ACCMODE) != O_RDONLY && !(flag & O_APPEND))",
        "{path} is append-only (chattr +a): it can be opened for writing only with O_APPEND and without O_TRUNC";
    OPEN_APPEND_TRUNC_EPERM: "may_open.append_only", EPERM, "may_open", "fs/namei.c:2944" @ "if (flag & O_TRUNC)",
        "{path} is append-only (chattr +a): it can be opened for writing only with O_APPEND and without O_TRUNC";
    OPEN_NOATIME: "may_open.noatime", EPERM, "may_open", "fs/namei.c:2949" @ "if (flag & O_NOATIME && !inode_owner_or_capable(inode))",
        "O_NOATIME needs the caller to own {path} or have CAP_FOWNER";
    CLOSE_BAD_FD_RANGE: "__close_fd.bad_fd", EBADF, "__close_fd", "fs/file.c:642" @ "if (fd >= fdt->max_fds)",
        "fd {fd} is not open";
    CLOSE_BAD_FD: "__close_fd.bad_fd", EBADF, "__close_fd", "fs/file.c:645" @ "if (!file)",
        "fd {fd} is not open";
    FCNTL_BAD_FD: "fcntl.bad_fd", EBADF, "fcntl", "fs/fcntl.c:364" @ "if (!f.file)",
        "fd {fd} is not open";
    FCNTL_PATH_FD: "fcntl.o_path_fd", EBADF, "fcntl", "fs/fcntl.c:368" @ "if (!check_fcntl_cmd(cmd))",
        "fd {fd} was opened with O_PATH, which allows only F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD, F_SETFD and F_GETFL (check_fcntl_cmd), not locks";
    FCNTL_LOCK_MODE: "fcntl_setlk.lock_needs_fmode", EBADF, "check_fmode_for_setlk", "fs/locks.c:2207" @ "if (!(fl->fl_file->f_mode & FMODE_READ))",
        "a {lock} lock needs fd {fd} to be open for {need}";
    FCNTL_WRLOCK_MODE: "fcntl_setlk.lock_needs_fmode", EBADF, "check_fmode_for_setlk", "fs/locks.c:2211" @ "if (!(fl->fl_file->f_mode & FMODE_WRITE))",
        "a {lock} lock needs fd {fd} to be open for {need}";
    // flock_to_posix_lock (fs/locks.c:497-508) hands the range to flock64_to_posix_lock.
    FCNTL_BAD_WHENCE: "flock_to_posix_lock.bad_args", EINVAL, "flock64_to_posix_lock", "fs/locks.c:460" @ "default:",
        "the lock type or range is invalid";
    FCNTL_BAD_START: "flock_to_posix_lock.bad_args", EINVAL, "flock64_to_posix_lock", "fs/locks.c:466" @ "if (fl->fl_start < 0)",
        "the lock type or range is invalid";
    FCNTL_BAD_NEG_LEN: "flock_to_posix_lock.bad_args", EINVAL, "flock64_to_posix_lock", "fs/locks.c:477" @ "if (fl->fl_start + l->l_len < 0)",
        "the lock type or range is invalid";
    FCNTL_BAD_LOCK: "flock_to_posix_lock.bad_args", EINVAL, "assign_type", "fs/locks.c:441" @ "default:",
        "the lock type or range is invalid";
    FCNTL_GETLK_BAD_TYPE: "flock_to_posix_lock.bad_args", EINVAL, "fcntl_getlk", "fs/locks.c:2099" @ "if ((flock.l_type != F_RDLCK) && (flock.l_type != F_WRLCK))",
        "the lock type or range is invalid";
    FCNTL_MAND_MAPPED: "fcntl_setlk.mandatory_and_mapped", EAGAIN, "fcntl_setlk", "fs/locks.c:2244" @ "if (mandatory_lock(inode) && mapping_writably_mapped(filp->f_mapping)) {",
        "{path} is under mandatory locking and has shared writable mappings";
    FCNTL_CONFLICT: "posix_lock_inode.conflict", EAGAIN, "posix_lock_inode", "fs/locks.c:1030" @ "if (!(request->fl_flags & FL_SLEEP))",
        "another process holds a conflicting lock on {path}";
    FCNTL_BAD_CMD: "fcntl.bad_cmd", EINVAL, "do_fcntl", "fs/fcntl.c:340" @ "default:",
        "fcntl command {cmd} is not one this kernel knows (do_fcntl's default case)";
    RLIMIT_BAD_RESOURCE: "do_prlimit.bad_resource", EINVAL, "do_prlimit", "kernel/sys.c:1373" @ "if (resource >= RLIM_NLIMITS)",
        "resource {resource} is not a valid RLIMIT_*";
    RLIMIT_CUR_ABOVE_MAX: "do_prlimit.cur_above_max", EINVAL, "do_prlimit", "kernel/sys.c:1376" @ "if (new_rlim->rlim_cur > new_rlim->rlim_max)",
        "the soft limit is above the hard limit";
    RLIMIT_NOFILE_MAX: "do_prlimit.nofile_above_nr_open", EPERM, "do_prlimit", "kernel/sys.c:1378" @ "if (resource == RLIMIT_NOFILE &&",
        "RLIMIT_NOFILE may not exceed fs.nr_open (1048576)";
    FCNTL_START_OVERFLOW: "flock_to_posix_lock.overflow", EOVERFLOW, "flock64_to_posix_lock", "fs/locks.c:463" @ "if (l->l_start > OFFSET_MAX - fl->fl_start)",
        "the lock range runs past the largest file offset";
    FCNTL_LOCK_OVERFLOW: "flock_to_posix_lock.overflow", EOVERFLOW, "flock64_to_posix_lock", "fs/locks.c:472" @ "if (l->l_len - 1 > OFFSET_MAX - fl->fl_start)",
        "the lock range runs past the largest file offset";
    RLIMIT_RAISE_MAX: "do_prlimit.raise_hard_limit", EPERM, "do_prlimit", "kernel/sys.c:1395" @ "if (new_rlim->rlim_max > rlim->rlim_max &&",
        "raising the hard limit needs CAP_SYS_RESOURCE (the caller's, whichever process's limit it is)";
    PRLIMIT_BAD_PID: "prlimit64.no_such_process", ESRCH, "prlimit64", "kernel/sys.c:1478" @ "if (!tsk) {",
        "pid {pid} is no process of this scenario that has started (a process starts at its first call; pids are 1000, 1001, ... in order of first appearance)";
    PRLIMIT_PERMISSION: "check_prlimit_permission.not_allowed", EPERM, "check_prlimit_permission", "kernel/sys.c:1450" @ "if (!id_match && !ns_capable(tcred->user_ns, CAP_SYS_RESOURCE))",
        "the caller (uid {uid}, gid {gid}) may not read or set the limits of pid {pid} (uid {tuid}, gid {tgid}): that needs the same uid and gid, or CAP_SYS_RESOURCE";
    NOT_MODELLED: "mmrun.not_modelled", ENOSYS, "mmrun", "" @ "",
        "{call} is not modelled by this kernel profile";
}
