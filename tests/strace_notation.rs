//! The transcript prints calls as strace prints them, and what it prints
//! parses back to the same call.
//!
//! `STRACE` holds lines strace 6.1 printed on this project's machine for C
//! programs making these calls (the raw arguments beside each), so the
//! rendering is held to the real tool, not to itself. Where strace has
//! learnt a name since 6.1 (MAP_DROPPABLE) the newer spelling is used and
//! the line says so.

use mmrun::report::strace;
use mmrun::runner::{self, ArgValue, CallId, Event, RunOptions};
use mmrun::syntax::ast::{Arg, StmtKind};

fn n(v: i64) -> ArgValue {
    ArgValue::Num(v as u64)
}

fn s(v: &str) -> ArgValue {
    ArgValue::Str(v.into())
}

const MAP_PRIVATE: i64 = 0x2;
const MAP_SHARED: i64 = 0x1;
const MAP_ANONYMOUS: i64 = 0x20;
const NEG1: i64 = -1;
const BAD: i64 = -1;

/// (call, raw arguments, what strace printed).
fn strace_lines() -> Vec<(CallId, Vec<ArgValue>, &'static str)> {
    use CallId::*;
    vec![
        (
            Mmap,
            vec![
                n(0),
                n(2 << 20),
                n(3),
                n(MAP_PRIVATE | MAP_ANONYMOUS | 0x40000 | (21 << 26)),
                n(NEG1),
                n(0),
            ],
            "mmap(NULL, 2097152, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|21<<MAP_HUGE_SHIFT, -1, 0)",
        ),
        (
            Mmap,
            vec![
                n(0),
                n(4096),
                n(0xd),
                n(MAP_SHARED | MAP_ANONYMOUS | 0x4000 | 0x8000 | 0x20000),
                n(NEG1),
                n(0),
            ],
            "mmap(NULL, 4096, PROT_READ|PROT_EXEC|PROT_SEM, MAP_SHARED|MAP_ANONYMOUS|MAP_NORESERVE|MAP_POPULATE|MAP_STACK, -1, 0)",
        ),
        (
            Mmap,
            vec![
                n(0x10000),
                n(4096),
                n(0),
                n(MAP_PRIVATE | MAP_ANONYMOUS | 0x100000 | 0x1000_0000),
                n(NEG1),
                n(0),
            ],
            "mmap(0x10000, 4096, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE|4<<MAP_HUGE_SHIFT, -1, 0)",
        ),
        (
            Mmap,
            vec![
                n(0),
                n(4096),
                n(0x30),
                n(0xf | MAP_ANONYMOUS),
                n(NEG1),
                n(0x1000),
            ],
            "mmap(NULL, 4096, 0x30 /* PROT_??? */, 0xf /* MAP_??? */|MAP_ANONYMOUS, -1, 0x1000)",
        ),
        (
            Mmap,
            vec![
                n(0),
                n(4096),
                n(1),
                n(MAP_PRIVATE | MAP_ANONYMOUS | (30 << 26)),
                n(NEG1),
                n(0),
            ],
            "mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|30<<MAP_HUGE_SHIFT, -1, 0)",
        ),
        (
            Mmap,
            vec![
                n(0),
                n(4096),
                n(1),
                n(0x3 | MAP_ANONYMOUS | 0x80000),
                n(NEG1),
                n(0),
            ],
            "mmap(NULL, 4096, PROT_READ, MAP_SHARED_VALIDATE|MAP_ANONYMOUS|MAP_SYNC, -1, 0)",
        ),
        (
            // strace 6.1: `0x8 /* MAP_??? */|MAP_ANONYMOUS`; later strace knows it.
            Mmap,
            vec![n(0), n(4096), n(1), n(0x8 | MAP_ANONYMOUS), n(NEG1), n(0)],
            "mmap(NULL, 4096, PROT_READ, MAP_DROPPABLE|MAP_ANONYMOUS, -1, 0)",
        ),
        (
            Mmap,
            vec![
                n(0),
                n(4096),
                n(1),
                n(MAP_PRIVATE
                    | MAP_ANONYMOUS
                    | 0x40
                    | 0x100
                    | 0x800
                    | 0x1000
                    | 0x2000
                    | 0x10000
                    | 0x400_0000),
                n(NEG1),
                n(0),
            ],
            "mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_32BIT|MAP_NONBLOCK|MAP_GROWSDOWN|MAP_DENYWRITE|MAP_EXECUTABLE|MAP_LOCKED|1<<MAP_HUGE_SHIFT, -1, 0)",
        ),
        (
            Mmap,
            vec![n(0), n(4096), n(1), n(MAP_ANONYMOUS), n(NEG1), n(0)],
            "mmap(NULL, 4096, PROT_READ, MAP_FILE|MAP_ANONYMOUS, -1, 0)",
        ),
        (
            Mmap,
            vec![
                n(0),
                n(4096),
                n(1),
                n(MAP_PRIVATE | MAP_ANONYMOUS | 0x200),
                n(NEG1),
                n(0),
            ],
            "mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|0x200, -1, 0)",
        ),
        (
            Mmap,
            vec![
                n(0),
                n(4096),
                n(0x31),
                n(MAP_PRIVATE | MAP_ANONYMOUS),
                n(NEG1),
                n(0),
            ],
            "mmap(NULL, 4096, PROT_READ|0x30, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)",
        ),
        (
            Mmap,
            vec![
                n(0x10000),
                n(4096),
                n(1),
                n(MAP_PRIVATE | 0x10 | MAP_ANONYMOUS),
                n(NEG1),
                n(0),
            ],
            "mmap(0x10000, 4096, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0)",
        ),
        (
            Mmap,
            vec![
                n(0),
                n(4096),
                n(1),
                n(MAP_PRIVATE | MAP_ANONYMOUS | 0x40000 | 0x3000_0000),
                n(NEG1),
                n(0),
            ],
            "mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|12<<MAP_HUGE_SHIFT, -1, 0)",
        ),
        (
            Mmap,
            vec![
                n(0),
                n(4096),
                n(1),
                n(0xf000_0000 | MAP_PRIVATE | MAP_ANONYMOUS),
                n(NEG1),
                n(0),
            ],
            "mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|60<<MAP_HUGE_SHIFT, -1, 0)",
        ),
        (
            Mprotect,
            vec![n(BAD), n(4096), n(0x1 | 0x0100_0000)],
            "mprotect(0xffffffffffffffff, 4096, PROT_READ|PROT_GROWSDOWN)",
        ),
        (
            Mprotect,
            vec![n(BAD), n(4096), n(0x1000)],
            "mprotect(0xffffffffffffffff, 4096, 0x1000 /* PROT_??? */)",
        ),
        (
            Mprotect,
            vec![n(0), n(4096), n(0x30)],
            "mprotect(NULL, 4096, 0x30 /* PROT_??? */)",
        ),
        (
            Mprotect,
            vec![n(0x7fe2_7cea_e000), n(4096), n(0)],
            "mprotect(0x7fe27ceae000, 4096, PROT_NONE)",
        ),
        (
            Mremap,
            vec![n(BAD), n(4096), n(8192), n(0)],
            "mremap(0xffffffffffffffff, 4096, 8192, 0)",
        ),
        (
            Mremap,
            vec![n(0x7fe2_7cea_e000), n(4096), n(4096), n(8), n(0)],
            "mremap(0x7fe27ceae000, 4096, 4096, 0x8 /* MREMAP_??? */)",
        ),
        (
            Mremap,
            vec![n(0x7fe2_7cea_e000), n(4096), n(4096), n(1 | 4), n(0x1000)],
            "mremap(0x7fe27ceae000, 4096, 4096, MREMAP_MAYMOVE|MREMAP_DONTUNMAP)",
        ),
        (
            Mremap,
            vec![n(0x7fe2_7cea_e000), n(4096), n(8192), n(1), n(0x1000)],
            "mremap(0x7fe27ceae000, 4096, 8192, MREMAP_MAYMOVE)",
        ),
        (
            Mlock2,
            vec![n(BAD), n(4096), n(1)],
            "mlock2(0xffffffffffffffff, 4096, MLOCK_ONFAULT)",
        ),
        (
            Mlock2,
            vec![n(BAD), n(4096), n(3)],
            "mlock2(0xffffffffffffffff, 4096, MLOCK_ONFAULT|0x2)",
        ),
        (
            Mlockall,
            vec![n(0xf)],
            "mlockall(MCL_CURRENT|MCL_FUTURE|MCL_ONFAULT|0x8)",
        ),
        (Mlockall, vec![n(0)], "mlockall(0)"),
        (Mlockall, vec![n(8)], "mlockall(0x8 /* MCL_??? */)"),
        (
            Ftruncate,
            vec![n(3), n(NEG1)],
            "ftruncate(3, 18446744073709551615)",
        ),
        (
            Ftruncate,
            vec![n(3), n(17592186044416)],
            "ftruncate(3, 17592186044416)",
        ),
        (Ftruncate, vec![n(99), n(4096)], "ftruncate(99, 4096)"),
        (
            Msync,
            vec![n(0x100000000000), n(4096), n(4)],
            "msync(0x100000000000, 4096, MS_SYNC)",
        ),
        (
            Msync,
            vec![n(0x100000000000), n(4096), n(3)],
            "msync(0x100000000000, 4096, MS_ASYNC|MS_INVALIDATE)",
        ),
        (
            Msync,
            vec![n(0x100000000000), n(4096), n(8)],
            "msync(0x100000000000, 4096, 0x8 /* MS_??? */)",
        ),
        (
            Msync,
            vec![n(0x100000000000), n(4096), n(0)],
            "msync(0x100000000000, 4096, 0)",
        ),
        (
            Msync,
            vec![n(0x100000000001), n(4096), n(5)],
            "msync(0x100000000001, 4096, MS_SYNC|MS_ASYNC)",
        ),
        (
            Msync,
            vec![n(0x100000000000), n(4096), n(0x14)],
            "msync(0x100000000000, 4096, MS_SYNC|0x10)",
        ),
        // strace on this host (6.18's machine) for raw shmget(2), shmat(2)
        // and shmctl(2) calls, in a C program of its own IPC namespace.
        (
            Shmget,
            vec![n(0), n(5000), n(0o1600)],
            "shmget(IPC_PRIVATE, 5000, IPC_CREAT|0600)",
        ),
        (
            Shmget,
            vec![n(0x1234), n(8192), n(0o3000 | 0o10000 | 0o640)],
            "shmget(0x1234, 8192, IPC_CREAT|IPC_EXCL|SHM_NORESERVE|0640)",
        ),
        (
            Shmget,
            vec![n(0x1234), n(8192), n(0)],
            "shmget(0x1234, 8192, 000)",
        ),
        (
            Shmget,
            vec![n(0), n(4096), n(0x40000 | 0o1600)],
            "shmget(IPC_PRIVATE, 4096, IPC_CREAT|0x40000|0600)",
        ),
        (
            Shmget,
            vec![n(0), n(4096), n((21 << 26) | 0o4000 | 0o600)],
            "shmget(IPC_PRIVATE, 4096, SHM_HUGETLB|21<<SHM_HUGE_SHIFT|0600)",
        ),
        (
            Shmget,
            vec![n(0xffff_ffff), n(4096), n(0o600)],
            "shmget(0xffffffff, 4096, 0600)",
        ),
        (Shmat, vec![n(0), n(0), n(0)], "shmat(0, NULL, 0)"),
        (
            Shmat,
            vec![n(0), n(0), n(0x1000)],
            "shmat(0, NULL, SHM_RDONLY)",
        ),
        (
            Shmat,
            vec![n(1), n(0), n(0o10000 | 0o100000)],
            "shmat(1, NULL, SHM_RDONLY|SHM_EXEC)",
        ),
        (
            Shmat,
            vec![n(1), n(0x7f1032a9b064), n(0o20000 | 0o40000)],
            "shmat(1, 0x7f1032a9b064, SHM_RND|SHM_REMAP)",
        ),
        (
            Shmat,
            vec![n(-5), n(0), n(0x11000)],
            "shmat(-5, NULL, SHM_RDONLY|0x10000)",
        ),
        (Shmdt, vec![n(0x7f1032a9b000)], "shmdt(0x7f1032a9b000)"),
        (Shmctl, vec![n(0), n(0), n(0)], "shmctl(0, IPC_RMID, NULL)"),
        (
            Shmctl,
            vec![n(0), n(0xffff_ffff), n(0)],
            "shmctl(0, IPC_64|0xfffffeff /* SHM_??? */, NULL)",
        ),
        (
            Shmctl,
            vec![n(0), n(99), n(0)],
            "shmctl(0, 0x63 /* SHM_??? */, NULL)",
        ),
        (
            Shmctl,
            vec![n(0), n(0x100), n(0)],
            "shmctl(0, IPC_64|IPC_RMID, NULL)",
        ),
        (
            Shmctl,
            vec![n(0), n(0x102), n(0)],
            "shmctl(0, IPC_64|IPC_STAT, NULL)",
        ),
        // strace 6.1 on this host, for memfd_create(2) and fcntl(2)'s seals
        // (it predates MFD_NOEXEC_SEAL and MFD_EXEC, which it prints as
        // numbers; later straces name them as mmrun does).
        (
            MemfdCreate,
            vec![ArgValue::Str("abc".into()), n(3)],
            "memfd_create(\"abc\", MFD_CLOEXEC|MFD_ALLOW_SEALING)",
        ),
        (
            MemfdCreate,
            vec![ArgValue::Str("h".into()), n(4 | (21 << 26))],
            "memfd_create(\"h\", MFD_HUGETLB|21<<MFD_HUGE_SHIFT)",
        ),
        (
            MemfdCreate,
            vec![ArgValue::Str("h".into()), n(4 | (30 << 26) | 1)],
            "memfd_create(\"h\", MFD_CLOEXEC|MFD_HUGETLB|30<<MFD_HUGE_SHIFT)",
        ),
        (
            MemfdCreate,
            vec![ArgValue::Str("x".into()), n(0x40)],
            "memfd_create(\"x\", 0x40 /* MFD_??? */)",
        ),
        (
            MemfdCreate,
            vec![ArgValue::Str(String::new()), n(0)],
            "memfd_create(\"\", 0)",
        ),
        (
            Fcntl,
            vec![n(3), n(1033), n(9)],
            "fcntl(3, F_ADD_SEALS, F_SEAL_SEAL|F_SEAL_WRITE)",
        ),
        (
            Fcntl,
            vec![n(3), n(1033), n(0x40)],
            "fcntl(3, F_ADD_SEALS, 0x40 /* F_SEAL_??? */)",
        ),
        (Fcntl, vec![n(3), n(1033), n(0)], "fcntl(3, F_ADD_SEALS, 0)"),
        (Fcntl, vec![n(3), n(1034)], "fcntl(3, F_GET_SEALS)"),
        // strace 6.1 on this host, for prctl(PR_SET_VMA, ...).
        (
            Prctl,
            vec![n(0x5356_4d41), n(0), n(0x100000000000), n(4096), s("name")],
            "prctl(PR_SET_VMA, PR_SET_VMA_ANON_NAME, 0x100000000000, 4096, \"name\")",
        ),
        (
            Prctl,
            vec![n(0x5356_4d41), n(0), n(0x100000000000), n(4096), n(0)],
            "prctl(PR_SET_VMA, PR_SET_VMA_ANON_NAME, 0x100000000000, 4096, NULL)",
        ),
        (
            Prctl,
            vec![n(0x5356_4d41), n(1), n(0), n(0), n(0)],
            "prctl(PR_SET_VMA, 0x1 /* PR_SET_VMA_??? */, 0, 0, 0)",
        ),
        // strace 6.1 on this host, for madvise(2) called with these numbers.
        (
            Madvise,
            vec![n(0x100000000000), n(4096), n(4)],
            "madvise(0x100000000000, 4096, MADV_DONTNEED)",
        ),
        (
            Madvise,
            vec![n(0x100000000000), n(4096), n(0x4bc)],
            "madvise(0x100000000000, 4096, 0x4bc /* MADV_??? */)",
        ),
        (
            Madvise,
            vec![n(0x100000000000), n(NEG1), n(4)],
            "madvise(0x100000000000, 18446744073709551615, MADV_DONTNEED)",
        ),
        (
            Madvise,
            vec![n(0x100000000000), n(4096), n(25)],
            "madvise(0x100000000000, 4096, MADV_COLLAPSE)",
        ),
        (
            Madvise,
            vec![n(0x100000000000), n(4096), n(5)],
            "madvise(0x100000000000, 4096, 0x5 /* MADV_??? */)",
        ),
        (
            Madvise,
            vec![n(0x100000000000), n(4096), n(100)],
            "madvise(0x100000000000, 4096, MADV_HWPOISON)",
        ),
        (Personality, vec![n(0xffff_ffff)], "personality(0xffffffff)"),
        (
            Personality,
            vec![n(0x23 | 0x40000 | 0x400000)],
            "personality(0x23 /* PER_??? */|ADDR_NO_RANDOMIZE|READ_IMPLIES_EXEC)",
        ),
        (
            Personality,
            vec![n(0x40000)],
            "personality(PER_LINUX|ADDR_NO_RANDOMIZE)",
        ),
        (Personality, vec![n(8)], "personality(PER_LINUX32)"),
        (
            Fcntl,
            vec![n(0), n(99), n(0)],
            "fcntl(0, 0x63 /* F_??? */, 0)",
        ),
        (Fcntl, vec![n(0), n(1)], "fcntl(0, F_GETFD)"),
        (
            Fcntl,
            vec![n(0), n(1030), n(5)],
            "fcntl(0, F_DUPFD_CLOEXEC, 5)",
        ),
        (
            Fcntl,
            vec![n(0), n(2), n(1)],
            "fcntl(0, F_SETFD, FD_CLOEXEC)",
        ),
        (Fcntl, vec![n(0), n(7), n(0)], "fcntl(0, F_SETLKW, NULL)"),
        (Fcntl, vec![n(0), n(5), n(0)], "fcntl(0, F_GETLK, NULL)"),
        (
            Fcntl,
            vec![
                n(0),
                n(6),
                ArgValue::Flock {
                    l_type: 1,
                    l_whence: 1,
                    l_start: -5i64 as u64,
                    l_len: 10,
                },
            ],
            "fcntl(0, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_CUR, l_start=-5, l_len=10})",
        ),
        (
            Prlimit64,
            vec![
                n(0),
                n(3),
                ArgValue::Rlimit {
                    rlim_cur: 8192 * 1024,
                    rlim_max: u64::MAX,
                },
                n(0),
            ],
            "prlimit64(0, RLIMIT_STACK, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}, NULL)",
        ),
        (
            Prlimit64,
            vec![n(0), n(99), n(0), n(0)],
            "prlimit64(0, 0x63 /* RLIMIT_??? */, NULL, NULL)",
        ),
        (
            Openat,
            vec![
                n(-100),
                s("/tmp/st/x\"y\n"),
                n(0o2 | 0o100 | 0o200 | 0o1000000 | 0o2000000),
                n(0o640),
            ],
            "openat(AT_FDCWD, \"/tmp/st/x\\\"y\\n\", O_RDWR|O_CREAT|O_EXCL|O_NOATIME|O_CLOEXEC, 0640)",
        ),
        (
            Openat,
            vec![n(-100), s("/tmp"), n(0o2 | 0o20200000), n(0o600)],
            "openat(AT_FDCWD, \"/tmp\", O_RDWR|O_TMPFILE, 0600)",
        ),
        (
            Openat,
            vec![n(5), s("rel"), n(0o400000 | 0o10000000 | 0o200000)],
            "openat(5, \"rel\", O_RDONLY|O_NOFOLLOW|O_PATH|O_DIRECTORY)",
        ),
        (
            Openat,
            vec![n(-100), s("/nonexistent"), n(0x8000)],
            "openat(AT_FDCWD, \"/nonexistent\", O_RDONLY|O_LARGEFILE)",
        ),
        (
            Openat,
            vec![
                n(-100),
                s("/nonexistent"),
                n(0o2 | 0x8000 | 0o400 | 0o1000 | 0o2000 | 0o4000 | 0o40000),
            ],
            "openat(AT_FDCWD, \"/nonexistent\", O_RDWR|O_NOCTTY|O_TRUNC|O_APPEND|O_NONBLOCK|O_DIRECT|O_LARGEFILE)",
        ),
        (
            Openat,
            vec![n(-100), s("/nonexistent"), n(0o1 | 0o100), n(0)],
            "openat(AT_FDCWD, \"/nonexistent\", O_WRONLY|O_CREAT, 000)",
        ),
        (
            Openat,
            vec![n(-100), s("/nonexistent"), n(0o20000000), n(1)],
            "openat(AT_FDCWD, \"/nonexistent\", O_RDONLY|__O_TMPFILE, 001)",
        ),
        (
            Openat,
            vec![n(-100), s("/tmp"), n(3)],
            "openat(AT_FDCWD, \"/tmp\", O_ACCMODE)",
        ),
        (
            Openat,
            vec![n(-100), s("/tmp"), n(1 | 0x4000_0000)],
            "openat(AT_FDCWD, \"/tmp\", O_WRONLY|0x40000000)",
        ),
        (
            Open,
            vec![s("/nonexistent"), n(0o4010000 | 0o20000), n(0)],
            "open(\"/nonexistent\", O_RDONLY|O_SYNC|FASYNC)",
        ),
        (
            PkeyMprotect,
            vec![n(BAD), n(4096), n(1), n(3)],
            "pkey_mprotect(0xffffffffffffffff, 4096, PROT_READ, 3)",
        ),
        (
            PkeyMprotect,
            vec![n(0), n(4096), n(0), n(-1)],
            "pkey_mprotect(NULL, 4096, PROT_NONE, -1)",
        ),
        (
            Madvise,
            vec![n(BAD), n(4096), n(4)],
            "madvise(0xffffffffffffffff, 4096, MADV_DONTNEED)",
        ),
        (
            Madvise,
            vec![n(0x7fe2_7cea_e000), n(4096), n(14)],
            "madvise(0x7fe27ceae000, 4096, MADV_HUGEPAGE)",
        ),
        (
            Madvise,
            vec![n(0x7fe2_7cea_e000), n(4096), n(25)],
            "madvise(0x7fe27ceae000, 4096, MADV_COLLAPSE)",
        ),
        (
            Madvise,
            vec![n(0x7fe2_7cea_e000), n(4096), n(99)],
            "madvise(0x7fe27ceae000, 4096, 0x63 /* MADV_??? */)",
        ),
        (Brk, vec![n(0)], "brk(NULL)"),
        (Close, vec![n(99)], "close(99)"),
        (Close, vec![n(-1)], "close(-1)"),
        (
            Munmap,
            vec![n(BAD), n(2 << 20)],
            "munmap(0xffffffffffffffff, 2097152)",
        ),
        (Munmap, vec![n(0), n(0)], "munmap(NULL, 0)"),
        (Mlock, vec![n(0x1001), n(1)], "mlock(0x1001, 1)"),
    ]
}

#[test]
fn calls_print_as_strace_prints_them() {
    let mut wrong = Vec::new();
    for (call, args, want) in strace_lines() {
        let got = strace::call(call, &args);
        if got != want {
            wrong.push(format!("  strace: {want}\n  mmrun:  {got}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} lines differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn results_print_as_strace_prints_them() {
    let ok = |call, v: u64| strace::result(call, &Ok(v));
    // strace's `%#lx`: no 0x for zero.
    assert_eq!(ok(CallId::Mmap, 0), "0");
    assert_eq!(ok(CallId::Mremap, 0x1000), "0x1000");
    assert_eq!(ok(CallId::Personality, 0), "0 (PER_LINUX)");
    assert_eq!(
        ok(CallId::Personality, 0x40000),
        "0x40000 (PER_LINUX|ADDR_NO_RANDOMIZE)"
    );
    assert_eq!(ok(CallId::Personality, 8), "0x8 (PER_LINUX32)");
    assert_eq!(ok(CallId::Brk, 0x55b1_a929_7000), "0x55b1a9297000");
    assert_eq!(ok(CallId::Openat, 3), "3");
    // fcntl(3, F_GET_SEALS) = 0x9 (seals F_SEAL_SEAL|F_SEAL_WRITE), and
    // 0 alone (strace 6.1).
    let seals = |v: u64| {
        strace::call_result(
            CallId::Fcntl,
            &[ArgValue::Num(3), ArgValue::Num(1034)],
            &Ok(v),
        )
    };
    assert_eq!(seals(9), "0x9 (seals F_SEAL_SEAL|F_SEAL_WRITE)");
    assert_eq!(seals(1), "0x1 (seals F_SEAL_SEAL)");
    assert_eq!(seals(0), "0");
}

#[test]
fn what_strace_prints_parses_back_to_the_same_call() {
    for (call, args, line) in strace_lines() {
        let (scenario, errors) = mmrun::syntax::parser::parse(&format!("{line}\n"));
        assert!(errors.is_empty(), "{line}: {errors:?}");
        let StmtKind::Call { call: parsed, .. } = &scenario.blocks[0].stmts[0].kind else {
            panic!("{line}: not a call");
        };
        assert_eq!(parsed.id, Some(call), "{line}");
        let values: Vec<ArgValue> = parsed
            .args
            .iter()
            .map(|a| runner::value_with(a, &mut |e| e.eval(&|_| None)).expect("no variables"))
            .collect();
        assert_eq!(
            strace::call(call, &values),
            line,
            "{line} does not read back"
        );
        // What is printed is what was passed.
        for (i, v) in values.iter().enumerate() {
            if !matches!(parsed.args[i], Arg::Struct(..)) {
                assert_eq!(v, &args[i], "{line}: argument {i}");
            }
        }
    }
}

/// Every call of every bundled scenario's transcript parses back to the
/// same text: a transcript pasted into a scenario means what it says.
#[test]
fn transcripts_read_back() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let mut checked = 0;
    for topic in std::fs::read_dir(dir).expect("scenarios/").flatten() {
        for file in std::fs::read_dir(topic.path()).expect("a topic").flatten() {
            let path = file.path();
            if path.extension().is_none_or(|e| e != "mm") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("readable");
            let Ok(scenario) = mmrun::syntax::load("t.mm", &text) else {
                continue;
            };
            let Ok(run) = runner::run(&scenario, &RunOptions::default()) else {
                continue;
            };
            for event in &run.events {
                let Event::Call { call, args, .. } = event else {
                    continue;
                };
                let line = strace::call(*call, args);
                let (parsed, errors) = mmrun::syntax::parser::parse(&format!("{line}\n"));
                assert!(errors.is_empty(), "{}: {line}: {errors:?}", path.display());
                let StmtKind::Call { call: c, .. } = &parsed.blocks[0].stmts[0].kind else {
                    panic!("{line}");
                };
                let values: Vec<ArgValue> = c
                    .args
                    .iter()
                    .map(|a| runner::value_with(a, &mut |e| e.eval(&|_| None)).expect("values"))
                    .collect();
                assert_eq!(strace::call(*call, &values), line, "{}", path.display());
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "only {checked} calls read back");
}
