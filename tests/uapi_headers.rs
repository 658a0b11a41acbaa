//! The language's constant names (src/syntax/constants.rs, values in
//! src/uapi.rs) against the kernel's own uapi headers, vendored under
//! tests/uapi/ (see tests/uapi/README.md for their origin): every name a
//! header defines for a call the language has must be known, with the
//! header's value.

#[path = "uapi/cheader.rs"]
mod cheader;

use mmrun::syntax::constants;

/// The headers in include order (a later one's `#ifndef` sees the earlier
/// ones' names), each with the prefixes of the names that concern the
/// language's calls, and names with those prefixes that do not.
const HEADERS: &[(&str, &[&str], &[&str])] = &[
    // Helper macros for MAP_HUGE_*; not names of their own.
    ("include/uapi/asm-generic/hugetlb_encode.h", &[], &[]),
    // mmap, mprotect, mlock2, madvise, pkey_mprotect, msync.
    (
        "include/uapi/asm-generic/mman-common.h",
        &["PROT_", "MAP_", "MLOCK_", "MADV_", "PKEY_", "MS_"],
        &[],
    ),
    // mmap, mlockall (SHADOW_STACK_* is map_shadow_stack's).
    ("include/uapi/asm-generic/mman.h", &["MAP_", "MCL_"], &[]),
    ("arch/x86/include/uapi/asm/mman.h", &["MAP_"], &[]),
    // mremap, mmap (OVERCOMMIT_* are vm.overcommit_memory's values).
    ("include/uapi/linux/mman.h", &["MREMAP_", "MAP_"], &[]),
    // open, openat, fcntl (LOCK_* is flock's).
    (
        "include/uapi/asm-generic/fcntl.h",
        &["O_", "__O_", "F_", "FD_CLOEXEC", "FASYNC"],
        &[],
    ),
    // fcntl's commands and their arguments, openat's AT_FDCWD (the other
    // AT_*, PIDFD_* and FD_* names belong to other calls).
    (
        "include/uapi/linux/fcntl.h",
        &["F_", "DN_", "RWH_", "RWF_", "AT_FDCWD"],
        &[],
    ),
    ("include/uapi/asm-generic/errno-base.h", &["E"], &[]),
    ("include/uapi/asm-generic/errno.h", &["E"], &[]),
    (
        "include/uapi/asm-generic/resource.h",
        &["RLIMIT_", "RLIM_"],
        &[],
    ),
    // RLIM64_INFINITY (RUSAGE_* and PRIO_* are other calls'; _STK_LIM and
    // MLOCK_LIMIT are boot defaults, checked below).
    ("include/uapi/linux/resource.h", &["RLIM64_"], &[]),
    ("include/uapi/linux/capability.h", &["CAP_"], &[]),
    // personality: every enum member and PER_CLEAR_ON_SETID.
    ("include/uapi/linux/personality.h", &[""], &[]),
    // fcntl's struct flock l_whence.
    ("include/uapi/linux/fs.h", &["SEEK_"], &[]),
    // prctl's memory options the language knows (its other options are
    // other concerns').
    (
        "include/uapi/linux/prctl.h",
        &["PR_SET_MDWE", "PR_GET_MDWE", "PR_MDWE_"],
        &[],
    ),
];

fn read_headers() -> cheader::Defines {
    let mut defs = cheader::Defines::default();
    for (path, _, _) in HEADERS {
        let full = format!("{}/tests/uapi/{path}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"));
        defs.read(path, &text);
    }
    defs
}

/// The names the headers define for the language's calls, with their values.
fn relevant(defs: &cheader::Defines) -> Vec<(String, &'static str, u64)> {
    let mut out = Vec::new();
    for (name, header) in &defs.order {
        let Some((path, prefixes, exclude)) = HEADERS.iter().find(|h| h.0 == header) else {
            continue;
        };
        // Include guards and the headers' private helpers start with `_`,
        // except the strace-visible __O_* bits.
        let private = name.starts_with('_') && !name.starts_with("__O_");
        if private
            || exclude.contains(&name.as_str())
            || !prefixes.iter().any(|p| name.starts_with(p))
        {
            continue;
        }
        let value = defs
            .value(name)
            .unwrap_or_else(|e| panic!("{path}: {name}: {e}"));
        out.push((name.clone(), *path, value));
    }
    out
}

#[test]
fn every_uapi_name_for_the_calls_is_known_with_its_value() {
    let defs = read_headers();
    let names = relevant(&defs);
    // The test must see the headers, not an empty list.
    assert!(names.len() > 300, "only {} names read", names.len());
    let mut wrong = Vec::new();
    for (name, path, value) in &names {
        match constants::lookup(name) {
            None => wrong.push(format!("{name} ({path}) = {value:#x} is missing")),
            Some(v) if v != *value => wrong.push(format!(
                "{name} ({path}) is {value:#x}, the table says {v:#x}"
            )),
            Some(_) => {}
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_reader_evaluates_as_c_does() {
    let defs = read_headers();
    let v = |n: &str| defs.value(n).unwrap();
    assert_eq!(v("MAP_HUGE_16KB"), 14 << 26);
    assert_eq!(v("MAP_HUGE_16GB"), 34 << 26);
    assert_eq!(v("RLIM_INFINITY"), u64::MAX);
    assert_eq!(v("AT_FDCWD"), -100i64 as u64);
    assert_eq!(v("O_TMPFILE"), 0o20200000);
    assert_eq!(v("EWOULDBLOCK"), 11);
    assert_eq!(v("PER_LINUX_32BIT"), 0x0080_0000);
    // #ifndef O_CREAT saw no earlier definition; F_GETLK64 is 32-bit only.
    assert!(defs.raw.contains_key("O_CREAT"));
    assert!(!defs.raw.contains_key("F_GETLK64"));
}

#[test]
fn boot_limits_follow_the_headers() {
    use mmrun::engine::Kernel;
    use mmrun::engine::task::default_rlimits;
    use mmrun::uapi::{RLIMIT_MEMLOCK, RLIMIT_STACK};
    let defs = read_headers();
    let r = default_rlimits(Kernel::V6_18);
    let memlock = defs.value("MLOCK_LIMIT").unwrap();
    assert_eq!(
        (
            r[RLIMIT_MEMLOCK as usize].cur,
            r[RLIMIT_MEMLOCK as usize].max
        ),
        (memlock, memlock)
    );
    assert_eq!(
        r[RLIMIT_STACK as usize].cur,
        defs.value("_STK_LIM").unwrap()
    );
}

#[test]
fn capability_names_are_their_bit_numbers() {
    let defs = read_headers();
    let last = defs.value("CAP_LAST_CAP").unwrap() as usize;
    assert_eq!(mmrun::uapi::CAP_NAMES.len(), last + 1);
    for (bit, name) in mmrun::uapi::CAP_NAMES.iter().enumerate() {
        assert_eq!(defs.value(name).unwrap(), bit as u64, "{name}");
    }
}

/// The names the language page lists as known (shared/spec
/// scenario-language.md, "Lexical rules") and strace's own spellings.
#[test]
fn names_the_spec_and_strace_use_resolve() {
    for name in [
        "PROT_READ",
        "MAP_PRIVATE",
        "O_RDONLY",
        "AT_FDCWD",
        "NULL",
        "RLIMIT_MEMLOCK",
        "CAP_IPC_LOCK",
        "READ_IMPLIES_EXEC",
        "EACCES",
        "MAP_FIXED_NOREPLACE",
        "MAP_SHARED_VALIDATE",
        "MAP_SYNC",
        "MAP_DROPPABLE",
        "MAP_HUGE_2MB",
        "MAP_32BIT",
        "MAP_UNINITIALIZED",
        "MREMAP_DONTUNMAP",
        "MCL_ONFAULT",
        "PROT_SEM",
        "O_PATH",
        "O_DIRECTORY",
        "RLIM_INFINITY",
        // strace: open("/tmp", O_RDWR|__O_TMPFILE) without O_DIRECTORY,
        // RLIM64_INFINITY in prlimit64's structs.
        "__O_TMPFILE",
        "RLIM64_INFINITY",
    ] {
        assert!(constants::lookup(name).is_some(), "{name} is not known");
    }
}
