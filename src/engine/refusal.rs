//! A refusal is data: the errno, the kernel check that produced it (with its
//! v4.12 source location and a one-line explanation template), and the facts
//! the explanation refers to. The report layer fills the template.

use serde::Serialize;

/// One kernel check that can refuse a call. Every check lives in
/// [`super::checks`]; its `why` may name facts as `{name}`.
#[derive(Debug, Serialize)]
pub struct Check {
    /// Stable identifier, e.g. `do_mmap.shared_write_needs_fmode_write`.
    pub id: &'static str,
    pub errno: u64,
    /// The kernel function that makes the check.
    pub func: &'static str,
    /// `file:line` in v4.12 (see the head of `checks.rs` for which line), or
    /// for a 6.18-only check the 6.18 file and function.
    pub loc: &'static str,
    /// The v4.12 source text from `loc` on (whitespace collapsed), unique in
    /// the function: `tests/citations.rs` holds `loc` to it. Empty without a line.
    #[serde(skip)]
    pub src: &'static str,
    /// One-line explanation; `{fact}` placeholders are filled from the refusal's facts.
    pub why: &'static str,
}

/// A value an explanation refers to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Fact {
    Dec(u64),
    /// A signed value, such as a pid_t.
    Int(i64),
    Hex(u64),
    Text(&'static str),
    Path(String),
}

impl std::fmt::Display for Fact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Fact::Dec(v) => write!(f, "{v}"),
            Fact::Int(v) => write!(f, "{v}"),
            Fact::Hex(v) => write!(f, "{v:#x}"),
            Fact::Text(t) => f.write_str(t),
            Fact::Path(p) => f.write_str(p),
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Refusal {
    pub check: &'static Check,
    pub facts: Vec<(&'static str, Fact)>,
    /// The profile that refused, so the location cited is that kernel's.
    pub kernel: super::machine::Kernel,
    /// An errno computed by the kernel rather than fixed by the check (an
    /// address in the error range passed back as an error code).
    pub errno_value: Option<u64>,
}

impl Refusal {
    pub fn new(check: &'static Check) -> Refusal {
        Refusal {
            check,
            facts: Vec::new(),
            kernel: super::machine::Kernel::V4_12,
            errno_value: None,
        }
    }
    pub fn errno(&self) -> u64 {
        self.errno_value.unwrap_or(self.check.errno)
    }
    /// Attach a fact the explanation names.
    pub fn with(mut self, name: &'static str, value: Fact) -> Refusal {
        self.facts.push((name, value));
        self
    }
    /// Where the refusing kernel makes this check: the v4.12 `file:line`, or
    /// under the 6.18 profile the 6.18 file and function.
    pub fn location(&self) -> String {
        match self.kernel {
            super::machine::Kernel::V4_12 => self.check.loc.to_string(),
            super::machine::Kernel::V6_18 if self.check.loc.contains("6.18") => {
                self.check.loc.to_string()
            }
            super::machine::Kernel::V6_18 => location_618(self.check.func),
        }
    }

    /// The kernel function that refused, under the refusing profile's name.
    pub fn function(&self) -> &'static str {
        match (self.kernel, self.check.func) {
            (super::machine::Kernel::V6_18, "mmap_region") => "__mmap_region",
            (super::machine::Kernel::V6_18, "do_munmap") => "do_vmi_align_munmap",
            (super::machine::Kernel::V6_18, "sys_mmap_pgoff") => "ksys_mmap_pgoff",
            (super::machine::Kernel::V6_18, "mlock_future_check") => "mlock_future_ok",
            (super::machine::Kernel::V6_18, "get_unmapped_area") => "__get_unmapped_area",
            (super::machine::Kernel::V6_18, "vma_to_resize") => "check_prep_vma",
            (super::machine::Kernel::V6_18, "mremap") => "check_mremap_params",
            (super::machine::Kernel::V6_18, "walk_component") => "traverse_mounts",
            (super::machine::Kernel::V6_18, "unmapped_area") => "vm_unmapped_area",
            (super::machine::Kernel::V6_18, "__inode_permission") => "inode_permission",
            (super::machine::Kernel::V6_18, "__close_fd") => "close",
            (_, f) => f,
        }
    }

    /// The explanation with its placeholders filled in.
    pub fn explain(&self) -> String {
        let mut out = String::new();
        let mut rest = self.check.why;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after.find('}') {
                Some(close) => {
                    let name = &after[..close];
                    match self.facts.iter().find(|(n, _)| *n == name) {
                        Some((_, v)) => out.push_str(&v.to_string()),
                        None => {
                            out.push('{');
                            out.push_str(name);
                            out.push('}');
                        }
                    }
                    rest = &after[close + 1..];
                }
                None => {
                    out.push_str(&rest[open..]);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        out
    }
}

/// The result of a call inside the engine.
pub type KResult<T> = Result<T, Refusal>;

/// Shorthand: fail with a check.
pub fn refuse<T>(check: &'static Check) -> KResult<T> {
    Err(Refusal::new(check))
}

/// Where a 4.12 function's check lives in 6.18 (file, and the function's
/// 6.18 name). Line numbers are only given for the v4.12 profile, which was
/// verified line by line.
fn location_618(func: &str) -> String {
    let file = match func {
        "sys_mmap" | "arch_get_unmapped_area" | "arch_get_unmapped_area_topdown" => {
            "arch/x86/kernel/sys_x86_64.c"
        }
        // 6.12 dropped the x86 version for hugetlbfs's generic one.
        "hugetlb_get_unmapped_area" => "fs/hugetlbfs/inode.c",
        "mmap_region" | "vm_unmapped_area" | "unmapped_area" | "do_munmap" | "split_vma"
        | "__split_vma" => "mm/vma.c",
        "do_mprotect_pkey" | "mprotect_fixup" => "mm/mprotect.c",
        "mremap" | "mremap_to" | "vma_to_resize" | "move_vma" => "mm/mremap.c",
        "do_mlock" | "mlock2" | "mlockall" | "apply_vma_lock_flags" | "can_do_mlock" => {
            "mm/mlock.c"
        }
        "__vm_enough_memory" => "mm/util.c",
        "shmem_acct_size" => "mm/shmem.c",
        "hugetlbfs_file_mmap" => "fs/hugetlbfs/inode.c",
        "cap_mmap_addr" => "security/commoncap.c",
        "do_prlimit" | "prlimit64" | "check_prlimit_permission" => "kernel/sys.c",
        // close() tests what file_close_fd (fs/file.c) returns.
        "__close_fd" => "fs/open.c",
        "__alloc_fd" => "fs/file.c",
        "fcntl" | "do_fcntl" => "fs/fcntl.c",
        "check_fmode_for_setlk"
        | "flock_to_posix_lock"
        | "flock64_to_posix_lock"
        | "assign_type"
        | "posix_lock_inode"
        | "fcntl_setlk"
        | "fcntl_getlk" => "fs/locks.c",
        "do_last" | "may_open" | "inode_permission" | "__inode_permission" | "sb_permission"
        | "generic_permission" | "lookup_open" | "may_o_create" | "path_openat"
        | "link_path_walk" | "getname_flags" | "walk_component" | "path_lookupat"
        | "do_tmpfile" | "vfs_tmpfile" | "path_init" => "fs/namei.c",
        "build_open_flags" => "fs/open.c",
        _ => "mm/mmap.c",
    };
    let name = match func {
        "mmap_region" => "__mmap_region",
        "do_munmap" => "do_vmi_align_munmap",
        "vm_unmapped_area" | "unmapped_area" => "unmapped_area_topdown/unmapped_area",
        "__inode_permission" => "inode_permission",
        "mlock_future_check" => "mlock_future_ok",
        "vma_to_resize" => "check_prep_vma",
        "mremap" => "check_mremap_params",
        "do_last" => "open_last_lookups/do_open",
        "__alloc_fd" => "alloc_fd",
        "__close_fd" => "close",
        // A negative dentry is refused when the walk steps into it (6.x).
        "walk_component" => "traverse_mounts",
        "sys_mmap_pgoff" => "ksys_mmap_pgoff",
        "get_unmapped_area" => "__get_unmapped_area",
        f => f,
    };
    format!("{file} (6.18 {name})")
}
