//! Name → value table for every constant a scenario may write.
//!
//! The values live in [`crate::uapi`]; this module only gives them their
//! scenario names, so adding a uapi constant means adding one line here.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use crate::uapi;

/// Every named constant except the errno names (those come from
/// [`uapi::ERRNOS`]) and `NULL`.
const NAMED: &[(&str, u64)] = &[
    ("NULL", 0),
    ("PROT_NONE", uapi::PROT_NONE),
    ("PROT_READ", uapi::PROT_READ),
    ("PROT_WRITE", uapi::PROT_WRITE),
    ("PROT_EXEC", uapi::PROT_EXEC),
    ("PROT_SEM", uapi::PROT_SEM),
    ("PROT_GROWSDOWN", uapi::PROT_GROWSDOWN),
    ("PROT_GROWSUP", uapi::PROT_GROWSUP),
    ("MAP_SHARED", uapi::MAP_SHARED),
    ("MAP_PRIVATE", uapi::MAP_PRIVATE),
    ("MAP_SHARED_VALIDATE", uapi::MAP_SHARED_VALIDATE),
    ("MAP_TYPE", uapi::MAP_TYPE),
    ("MAP_FIXED", uapi::MAP_FIXED),
    ("MAP_ANONYMOUS", uapi::MAP_ANONYMOUS),
    ("MAP_32BIT", uapi::MAP_32BIT),
    ("MAP_ABOVE4G", uapi::MAP_ABOVE4G),
    ("MAP_GROWSDOWN", uapi::MAP_GROWSDOWN),
    ("MAP_DENYWRITE", uapi::MAP_DENYWRITE),
    ("MAP_EXECUTABLE", uapi::MAP_EXECUTABLE),
    ("MAP_LOCKED", uapi::MAP_LOCKED),
    ("MAP_NORESERVE", uapi::MAP_NORESERVE),
    ("MAP_POPULATE", uapi::MAP_POPULATE),
    ("MAP_NONBLOCK", uapi::MAP_NONBLOCK),
    ("MAP_STACK", uapi::MAP_STACK),
    ("MAP_HUGETLB", uapi::MAP_HUGETLB),
    ("MAP_SYNC", uapi::MAP_SYNC),
    ("MAP_FIXED_NOREPLACE", uapi::MAP_FIXED_NOREPLACE),
    ("MAP_UNINITIALIZED", uapi::MAP_UNINITIALIZED),
    ("MAP_DROPPABLE", uapi::MAP_DROPPABLE),
    ("MAP_FILE", uapi::MAP_FILE),
    ("MAP_HUGE_SHIFT", uapi::MAP_HUGE_SHIFT),
    ("MAP_HUGE_MASK", uapi::MAP_HUGE_MASK),
    ("MREMAP_MAYMOVE", uapi::MREMAP_MAYMOVE),
    ("MREMAP_FIXED", uapi::MREMAP_FIXED),
    ("MREMAP_DONTUNMAP", uapi::MREMAP_DONTUNMAP),
    ("MCL_CURRENT", uapi::MCL_CURRENT),
    ("MCL_FUTURE", uapi::MCL_FUTURE),
    ("PR_SET_MDWE", uapi::PR_SET_MDWE),
    ("PR_GET_MDWE", uapi::PR_GET_MDWE),
    ("PR_SET_VMA", uapi::PR_SET_VMA),
    ("PR_SET_VMA_ANON_NAME", uapi::PR_SET_VMA_ANON_NAME),
    ("PR_MDWE_REFUSE_EXEC_GAIN", uapi::PR_MDWE_REFUSE_EXEC_GAIN),
    ("PR_MDWE_NO_INHERIT", uapi::PR_MDWE_NO_INHERIT),
    ("IPC_PRIVATE", uapi::IPC_PRIVATE),
    ("IPC_CREAT", uapi::IPC_CREAT),
    ("IPC_EXCL", uapi::IPC_EXCL),
    ("IPC_NOWAIT", uapi::IPC_NOWAIT),
    ("SHM_HUGETLB", uapi::SHM_HUGETLB),
    ("SHM_NORESERVE", uapi::SHM_NORESERVE),
    ("SHM_HUGE_SHIFT", uapi::SHM_HUGE_SHIFT),
    ("SHM_HUGE_MASK", uapi::SHM_HUGE_MASK),
    ("SHM_HUGE_2MB", uapi::SHM_HUGE_2MB),
    ("SHM_HUGE_1GB", uapi::SHM_HUGE_1GB),
    ("SHM_RDONLY", uapi::SHM_RDONLY),
    ("SHM_RND", uapi::SHM_RND),
    ("SHM_REMAP", uapi::SHM_REMAP),
    ("SHM_EXEC", uapi::SHM_EXEC),
    ("IPC_RMID", uapi::IPC_RMID),
    ("IPC_SET", uapi::IPC_SET),
    ("IPC_STAT", uapi::IPC_STAT),
    ("IPC_INFO", uapi::IPC_INFO),
    ("SHM_LOCK", uapi::SHM_LOCK),
    ("SHM_UNLOCK", uapi::SHM_UNLOCK),
    ("SHM_STAT", uapi::SHM_STAT),
    ("SHM_INFO", uapi::SHM_INFO),
    ("SHM_STAT_ANY", uapi::SHM_STAT_ANY),
    ("IPC_64", uapi::IPC_64),
    ("MFD_CLOEXEC", uapi::MFD_CLOEXEC),
    ("MFD_ALLOW_SEALING", uapi::MFD_ALLOW_SEALING),
    ("MFD_HUGETLB", uapi::MFD_HUGETLB),
    ("MFD_NOEXEC_SEAL", uapi::MFD_NOEXEC_SEAL),
    ("MFD_EXEC", uapi::MFD_EXEC),
    ("MFD_HUGE_SHIFT", uapi::MFD_HUGE_SHIFT),
    ("MFD_HUGE_MASK", uapi::MFD_HUGE_MASK),
    ("MFD_HUGE_2MB", uapi::MFD_HUGE_2MB),
    ("MFD_HUGE_1GB", uapi::MFD_HUGE_1GB),
    ("MS_ASYNC", uapi::MS_ASYNC),
    ("MS_INVALIDATE", uapi::MS_INVALIDATE),
    ("MS_SYNC", uapi::MS_SYNC),
    ("MCL_ONFAULT", uapi::MCL_ONFAULT),
    ("O_ACCMODE", uapi::O_ACCMODE),
    ("O_RDONLY", uapi::O_RDONLY),
    ("O_WRONLY", uapi::O_WRONLY),
    ("O_RDWR", uapi::O_RDWR),
    ("O_CREAT", uapi::O_CREAT),
    ("O_EXCL", uapi::O_EXCL),
    ("O_NOCTTY", uapi::O_NOCTTY),
    ("O_TRUNC", uapi::O_TRUNC),
    ("O_APPEND", uapi::O_APPEND),
    ("O_NONBLOCK", uapi::O_NONBLOCK),
    ("O_DSYNC", uapi::O_DSYNC),
    ("O_DIRECT", uapi::O_DIRECT),
    ("O_LARGEFILE", uapi::O_LARGEFILE),
    ("O_DIRECTORY", uapi::O_DIRECTORY),
    ("O_NOFOLLOW", uapi::O_NOFOLLOW),
    ("O_NOATIME", uapi::O_NOATIME),
    ("O_CLOEXEC", uapi::O_CLOEXEC),
    ("O_SYNC", uapi::O_SYNC),
    ("O_PATH", uapi::O_PATH),
    ("O_TMPFILE", uapi::O_TMPFILE),
    ("__O_SYNC", uapi::__O_SYNC),
    ("__O_TMPFILE", uapi::__O_TMPFILE),
    ("O_EMPTYPATH", uapi::O_EMPTYPATH),
    ("FASYNC", uapi::FASYNC),
    ("AT_FDCWD", uapi::AT_FDCWD),
    ("F_GETLK", uapi::F_GETLK),
    ("F_SETLK", uapi::F_SETLK),
    ("F_SETLKW", uapi::F_SETLKW),
    ("F_RDLCK", uapi::F_RDLCK),
    ("F_WRLCK", uapi::F_WRLCK),
    ("F_UNLCK", uapi::F_UNLCK),
    ("SEEK_SET", uapi::SEEK_SET),
    ("SEEK_CUR", uapi::SEEK_CUR),
    ("SEEK_END", uapi::SEEK_END),
    ("SEEK_DATA", uapi::SEEK_DATA),
    ("SEEK_HOLE", uapi::SEEK_HOLE),
    ("SEEK_MAX", uapi::SEEK_MAX),
    ("F_SETOWN", uapi::F_SETOWN),
    ("F_GETOWN", uapi::F_GETOWN),
    ("F_SETSIG", uapi::F_SETSIG),
    ("F_GETSIG", uapi::F_GETSIG),
    ("F_SETOWN_EX", uapi::F_SETOWN_EX),
    ("F_GETOWN_EX", uapi::F_GETOWN_EX),
    ("F_GETOWNER_UIDS", uapi::F_GETOWNER_UIDS),
    ("F_OWNER_TID", uapi::F_OWNER_TID),
    ("F_OWNER_PID", uapi::F_OWNER_PID),
    ("F_OWNER_PGRP", uapi::F_OWNER_PGRP),
    ("F_EXLCK", uapi::F_EXLCK),
    ("F_SHLCK", uapi::F_SHLCK),
    ("F_LINUX_SPECIFIC_BASE", uapi::F_LINUX_SPECIFIC_BASE),
    ("F_SETLEASE", uapi::F_SETLEASE),
    ("F_GETLEASE", uapi::F_GETLEASE),
    ("F_NOTIFY", uapi::F_NOTIFY),
    ("F_DUPFD_QUERY", uapi::F_DUPFD_QUERY),
    ("F_CREATED_QUERY", uapi::F_CREATED_QUERY),
    ("F_CANCELLK", uapi::F_CANCELLK),
    ("F_SETPIPE_SZ", uapi::F_SETPIPE_SZ),
    ("F_GETPIPE_SZ", uapi::F_GETPIPE_SZ),
    ("F_ADD_SEALS", uapi::F_ADD_SEALS),
    ("F_GET_SEALS", uapi::F_GET_SEALS),
    ("F_GET_RW_HINT", uapi::F_GET_RW_HINT),
    ("F_SET_RW_HINT", uapi::F_SET_RW_HINT),
    ("F_GET_FILE_RW_HINT", uapi::F_GET_FILE_RW_HINT),
    ("F_SET_FILE_RW_HINT", uapi::F_SET_FILE_RW_HINT),
    ("F_GETDELEG", uapi::F_GETDELEG),
    ("F_SETDELEG", uapi::F_SETDELEG),
    ("F_SEAL_SEAL", uapi::F_SEAL_SEAL),
    ("F_SEAL_SHRINK", uapi::F_SEAL_SHRINK),
    ("F_SEAL_GROW", uapi::F_SEAL_GROW),
    ("F_SEAL_WRITE", uapi::F_SEAL_WRITE),
    ("F_SEAL_FUTURE_WRITE", uapi::F_SEAL_FUTURE_WRITE),
    ("F_SEAL_EXEC", uapi::F_SEAL_EXEC),
    ("RWH_WRITE_LIFE_NOT_SET", uapi::RWH_WRITE_LIFE_NOT_SET),
    ("RWH_WRITE_LIFE_NONE", uapi::RWH_WRITE_LIFE_NONE),
    ("RWH_WRITE_LIFE_SHORT", uapi::RWH_WRITE_LIFE_SHORT),
    ("RWH_WRITE_LIFE_MEDIUM", uapi::RWH_WRITE_LIFE_MEDIUM),
    ("RWH_WRITE_LIFE_LONG", uapi::RWH_WRITE_LIFE_LONG),
    ("RWH_WRITE_LIFE_EXTREME", uapi::RWH_WRITE_LIFE_EXTREME),
    ("DN_ACCESS", uapi::DN_ACCESS),
    ("DN_MODIFY", uapi::DN_MODIFY),
    ("DN_CREATE", uapi::DN_CREATE),
    ("DN_DELETE", uapi::DN_DELETE),
    ("DN_RENAME", uapi::DN_RENAME),
    ("DN_ATTRIB", uapi::DN_ATTRIB),
    ("DN_MULTISHOT", uapi::DN_MULTISHOT),
    ("RLIMIT_CPU", uapi::RLIMIT_CPU),
    ("RLIMIT_FSIZE", uapi::RLIMIT_FSIZE),
    ("RLIMIT_DATA", uapi::RLIMIT_DATA),
    ("RLIMIT_STACK", uapi::RLIMIT_STACK),
    ("RLIMIT_CORE", uapi::RLIMIT_CORE),
    ("RLIMIT_RSS", uapi::RLIMIT_RSS),
    ("RLIMIT_NPROC", uapi::RLIMIT_NPROC),
    ("RLIMIT_NOFILE", uapi::RLIMIT_NOFILE),
    ("RLIMIT_MEMLOCK", uapi::RLIMIT_MEMLOCK),
    ("RLIMIT_AS", uapi::RLIMIT_AS),
    ("RLIMIT_LOCKS", uapi::RLIMIT_LOCKS),
    ("RLIMIT_SIGPENDING", uapi::RLIMIT_SIGPENDING),
    ("RLIMIT_MSGQUEUE", uapi::RLIMIT_MSGQUEUE),
    ("RLIMIT_NICE", uapi::RLIMIT_NICE),
    ("RLIMIT_RTPRIO", uapi::RLIMIT_RTPRIO),
    ("RLIMIT_RTTIME", uapi::RLIMIT_RTTIME),
    ("RLIM_INFINITY", uapi::RLIM_INFINITY),
    ("RLIM_NLIMITS", uapi::RLIM_NLIMITS as u64),
    ("PER_LINUX", uapi::PER_LINUX),
    ("UNAME26", uapi::UNAME26),
    ("ADDR_NO_RANDOMIZE", uapi::ADDR_NO_RANDOMIZE),
    ("FDPIC_FUNCPTRS", uapi::FDPIC_FUNCPTRS),
    ("MMAP_PAGE_ZERO", uapi::MMAP_PAGE_ZERO),
    ("ADDR_COMPAT_LAYOUT", uapi::ADDR_COMPAT_LAYOUT),
    ("READ_IMPLIES_EXEC", uapi::READ_IMPLIES_EXEC),
    ("ADDR_LIMIT_32BIT", uapi::ADDR_LIMIT_32BIT),
    ("SHORT_INODE", uapi::SHORT_INODE),
    ("WHOLE_SECONDS", uapi::WHOLE_SECONDS),
    ("STICKY_TIMEOUTS", uapi::STICKY_TIMEOUTS),
    ("ADDR_LIMIT_3GB", uapi::ADDR_LIMIT_3GB),
    ("PER_CLEAR_ON_SETID", uapi::PER_CLEAR_ON_SETID),
    ("CAP_CHOWN", uapi::CAP_CHOWN as u64),
    ("CAP_DAC_OVERRIDE", uapi::CAP_DAC_OVERRIDE as u64),
    ("CAP_DAC_READ_SEARCH", uapi::CAP_DAC_READ_SEARCH as u64),
    ("CAP_FOWNER", uapi::CAP_FOWNER as u64),
    ("CAP_FSETID", uapi::CAP_FSETID as u64),
    ("CAP_KILL", uapi::CAP_KILL as u64),
    ("CAP_SETGID", uapi::CAP_SETGID as u64),
    ("CAP_SETUID", uapi::CAP_SETUID as u64),
    ("CAP_SETPCAP", uapi::CAP_SETPCAP as u64),
    ("CAP_LINUX_IMMUTABLE", uapi::CAP_LINUX_IMMUTABLE as u64),
    ("CAP_NET_BIND_SERVICE", uapi::CAP_NET_BIND_SERVICE as u64),
    ("CAP_NET_BROADCAST", uapi::CAP_NET_BROADCAST as u64),
    ("CAP_NET_ADMIN", uapi::CAP_NET_ADMIN as u64),
    ("CAP_NET_RAW", uapi::CAP_NET_RAW as u64),
    ("CAP_IPC_LOCK", uapi::CAP_IPC_LOCK as u64),
    ("CAP_IPC_OWNER", uapi::CAP_IPC_OWNER as u64),
    ("CAP_SYS_MODULE", uapi::CAP_SYS_MODULE as u64),
    ("CAP_SYS_RAWIO", uapi::CAP_SYS_RAWIO as u64),
    ("CAP_SYS_CHROOT", uapi::CAP_SYS_CHROOT as u64),
    ("CAP_SYS_PTRACE", uapi::CAP_SYS_PTRACE as u64),
    ("CAP_SYS_PACCT", uapi::CAP_SYS_PACCT as u64),
    ("CAP_SYS_ADMIN", uapi::CAP_SYS_ADMIN as u64),
    ("CAP_SYS_BOOT", uapi::CAP_SYS_BOOT as u64),
    ("CAP_SYS_NICE", uapi::CAP_SYS_NICE as u64),
    ("CAP_SYS_RESOURCE", uapi::CAP_SYS_RESOURCE as u64),
    ("CAP_SYS_TIME", uapi::CAP_SYS_TIME as u64),
    ("CAP_SYS_TTY_CONFIG", uapi::CAP_SYS_TTY_CONFIG as u64),
    ("CAP_MKNOD", uapi::CAP_MKNOD as u64),
    ("CAP_LEASE", uapi::CAP_LEASE as u64),
    ("CAP_AUDIT_WRITE", uapi::CAP_AUDIT_WRITE as u64),
    ("CAP_AUDIT_CONTROL", uapi::CAP_AUDIT_CONTROL as u64),
    ("CAP_SETFCAP", uapi::CAP_SETFCAP as u64),
    ("CAP_MAC_OVERRIDE", uapi::CAP_MAC_OVERRIDE as u64),
    ("CAP_MAC_ADMIN", uapi::CAP_MAC_ADMIN as u64),
    ("CAP_SYSLOG", uapi::CAP_SYSLOG as u64),
    ("CAP_WAKE_ALARM", uapi::CAP_WAKE_ALARM as u64),
    ("CAP_BLOCK_SUSPEND", uapi::CAP_BLOCK_SUSPEND as u64),
    ("CAP_AUDIT_READ", uapi::CAP_AUDIT_READ as u64),
    ("CAP_PERFMON", uapi::CAP_PERFMON as u64),
    ("CAP_BPF", uapi::CAP_BPF as u64),
    (
        "CAP_CHECKPOINT_RESTORE",
        uapi::CAP_CHECKPOINT_RESTORE as u64,
    ),
    ("CAP_LAST_CAP", uapi::CAP_LAST_CAP as u64),
    ("RWF_WRITE_LIFE_NOT_SET", uapi::RWH_WRITE_LIFE_NOT_SET),
    ("RLIM64_INFINITY", uapi::RLIM64_INFINITY),
    ("MAP_ANON", uapi::MAP_ANON),
    ("MAP_HUGE_16KB", uapi::MAP_HUGE_16KB),
    ("MAP_HUGE_64KB", uapi::MAP_HUGE_64KB),
    ("MAP_HUGE_512KB", uapi::MAP_HUGE_512KB),
    ("MAP_HUGE_1MB", uapi::MAP_HUGE_1MB),
    ("MAP_HUGE_2MB", uapi::MAP_HUGE_2MB),
    ("MAP_HUGE_8MB", uapi::MAP_HUGE_8MB),
    ("MAP_HUGE_16MB", uapi::MAP_HUGE_16MB),
    ("MAP_HUGE_32MB", uapi::MAP_HUGE_32MB),
    ("MAP_HUGE_256MB", uapi::MAP_HUGE_256MB),
    ("MAP_HUGE_512MB", uapi::MAP_HUGE_512MB),
    ("MAP_HUGE_1GB", uapi::MAP_HUGE_1GB),
    ("MAP_HUGE_2GB", uapi::MAP_HUGE_2GB),
    ("MAP_HUGE_16GB", uapi::MAP_HUGE_16GB),
    ("MLOCK_ONFAULT", uapi::MLOCK_ONFAULT),
    ("O_NDELAY", uapi::O_NDELAY),
    ("O_ASYNC", uapi::O_ASYNC),
    ("O_RSYNC", uapi::O_RSYNC),
    ("F_DUPFD", uapi::F_DUPFD),
    ("F_GETFD", uapi::F_GETFD),
    ("F_SETFD", uapi::F_SETFD),
    ("F_GETFL", uapi::F_GETFL),
    ("F_SETFL", uapi::F_SETFL),
    ("F_OFD_GETLK", uapi::F_OFD_GETLK),
    ("F_OFD_SETLK", uapi::F_OFD_SETLK),
    ("F_OFD_SETLKW", uapi::F_OFD_SETLKW),
    ("F_DUPFD_CLOEXEC", uapi::F_DUPFD_CLOEXEC),
    ("FD_CLOEXEC", uapi::FD_CLOEXEC),
    ("PKEY_DISABLE_ACCESS", uapi::PKEY_DISABLE_ACCESS),
    ("PKEY_DISABLE_WRITE", uapi::PKEY_DISABLE_WRITE),
    ("PKEY_ACCESS_MASK", uapi::PKEY_ACCESS_MASK),
    ("PKEY_UNRESTRICTED", uapi::PKEY_UNRESTRICTED),
    ("PER_LINUX_32BIT", uapi::PER_LINUX_32BIT),
    ("PER_LINUX32", uapi::PER_LINUX32),
    ("PER_MASK", uapi::PER_MASK),
    ("PER_LINUX_FDPIC", uapi::PER_LINUX_FDPIC),
    ("PER_SVR4", uapi::PER_SVR4),
    ("PER_SVR3", uapi::PER_SVR3),
    ("PER_SCOSVR3", uapi::PER_SCOSVR3),
    ("PER_OSR5", uapi::PER_OSR5),
    ("PER_WYSEV386", uapi::PER_WYSEV386),
    ("PER_ISCR4", uapi::PER_ISCR4),
    ("PER_BSD", uapi::PER_BSD),
    ("PER_SUNOS", uapi::PER_SUNOS),
    ("PER_XENIX", uapi::PER_XENIX),
    ("PER_LINUX32_3GB", uapi::PER_LINUX32_3GB),
    ("PER_IRIX32", uapi::PER_IRIX32),
    ("PER_IRIXN32", uapi::PER_IRIXN32),
    ("PER_IRIX64", uapi::PER_IRIX64),
    ("PER_RISCOS", uapi::PER_RISCOS),
    ("PER_SOLARIS", uapi::PER_SOLARIS),
    ("PER_UW7", uapi::PER_UW7),
    ("PER_OSF4", uapi::PER_OSF4),
    ("PER_HPUX", uapi::PER_HPUX),
    ("MADV_NORMAL", uapi::MADV_NORMAL),
    ("MADV_RANDOM", uapi::MADV_RANDOM),
    ("MADV_SEQUENTIAL", uapi::MADV_SEQUENTIAL),
    ("MADV_WILLNEED", uapi::MADV_WILLNEED),
    ("MADV_DONTNEED", uapi::MADV_DONTNEED),
    ("MADV_FREE", uapi::MADV_FREE),
    ("MADV_REMOVE", uapi::MADV_REMOVE),
    ("MADV_DONTFORK", uapi::MADV_DONTFORK),
    ("MADV_DOFORK", uapi::MADV_DOFORK),
    ("MADV_MERGEABLE", uapi::MADV_MERGEABLE),
    ("MADV_UNMERGEABLE", uapi::MADV_UNMERGEABLE),
    ("MADV_HUGEPAGE", uapi::MADV_HUGEPAGE),
    ("MADV_NOHUGEPAGE", uapi::MADV_NOHUGEPAGE),
    ("MADV_DONTDUMP", uapi::MADV_DONTDUMP),
    ("MADV_DODUMP", uapi::MADV_DODUMP),
    ("MADV_WIPEONFORK", uapi::MADV_WIPEONFORK),
    ("MADV_KEEPONFORK", uapi::MADV_KEEPONFORK),
    ("MADV_COLD", uapi::MADV_COLD),
    ("MADV_PAGEOUT", uapi::MADV_PAGEOUT),
    ("MADV_POPULATE_READ", uapi::MADV_POPULATE_READ),
    ("MADV_POPULATE_WRITE", uapi::MADV_POPULATE_WRITE),
    ("MADV_DONTNEED_LOCKED", uapi::MADV_DONTNEED_LOCKED),
    ("MADV_COLLAPSE", uapi::MADV_COLLAPSE),
    ("MADV_HWPOISON", uapi::MADV_HWPOISON),
    ("MADV_SOFT_OFFLINE", uapi::MADV_SOFT_OFFLINE),
    ("MADV_GUARD_INSTALL", uapi::MADV_GUARD_INSTALL),
    ("MADV_GUARD_REMOVE", uapi::MADV_GUARD_REMOVE),
];

static TABLE: LazyLock<HashMap<&'static str, u64>> = LazyLock::new(|| {
    let mut table: HashMap<&'static str, u64> = NAMED.iter().copied().collect();
    table.extend(uapi::ERRNOS.iter().map(|&(name, value, _)| (name, value)));
    table
});

/// The value of a constant name such as `PROT_READ`, `EACCES` or `CAP_IPC_LOCK`
/// (capabilities are bit numbers).
pub fn lookup(name: &str) -> Option<u64> {
    TABLE.get(name).copied()
}

/// Every known constant name (for hints), in no particular order.
pub fn names() -> impl Iterator<Item = &'static str> {
    NAMED
        .iter()
        .map(|&(name, _)| name)
        .chain(uapi::ERRNOS.iter().map(|&(name, _, _)| name))
}

/// Whether `name` is an errno name (`EACCES`).
pub fn is_errno(name: &str) -> bool {
    uapi::errno_value(name).is_some()
}

/// The candidate closest to `name` by edit distance (ignoring case), if it is
/// close enough to be a plausible typo: at most a third of the name's length,
/// and at least one edit is always allowed.
pub fn nearest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted: Vec<char> = name.chars().flat_map(char::to_lowercase).collect();
    let limit = (wanted.len() / 3).max(1);
    let mut best: Option<(usize, &'a str)> = None;
    for candidate in candidates {
        let distance = edit_distance(&wanted, candidate);
        if distance <= limit && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// Levenshtein distance between `a` (already lower-cased) and `b`.
fn edit_distance(a: &[char], b: &str) -> usize {
    let b: Vec<char> = b.chars().flat_map(char::to_lowercase).collect();
    // Candidates far longer or shorter cannot be near; skip the O(n*m) work.
    if a.len().abs_diff(b.len()) > a.len() / 3 + 1 {
        return usize::MAX;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values() {
        assert_eq!(lookup("PROT_READ"), Some(1));
        assert_eq!(lookup("NULL"), Some(0));
        assert_eq!(lookup("MAP_HUGE_2MB"), Some(21 << 26));
        assert_eq!(lookup("MAP_HUGE_1GB"), Some(30 << 26));
        assert_eq!(lookup("AT_FDCWD"), Some(-100i64 as u64));
        assert_eq!(lookup("RLIM64_INFINITY"), Some(u64::MAX));
        assert_eq!(lookup("EACCES"), Some(13));
        assert_eq!(lookup("CAP_IPC_LOCK"), Some(14));
        assert_eq!(lookup("O_RDWR"), Some(2));
        assert_eq!(lookup("READ_IMPLIES_EXEC"), Some(0x40_0000));
        assert_eq!(lookup("prot_read"), None);
    }

    #[test]
    fn nearest_names() {
        assert_eq!(nearest("PROT_RAED", names()), Some("PROT_READ"));
        assert_eq!(nearest("MAP_ANONYMUS", names()), Some("MAP_ANONYMOUS"));
        assert_eq!(nearest("prot_write", names()), Some("PROT_WRITE"));
        assert_eq!(nearest("XYZZY", names()), None);
    }
}
