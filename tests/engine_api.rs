//! The engine used as a library, without the scenario language: worked
//! cases from spec §3.7 and §5, each result derived from the v4.12 rules.

use mmrun::engine::{Machine, ProcessSpec, Syscall};
use mmrun::uapi::*;

fn root() -> (Machine, usize) {
    let mut m = Machine::default_412();
    let pid = m.spawn(&ProcessSpec {
        name: "main".into(),
        uid: 0,
        gid: 0,
        caps: None,
    });
    (m, pid)
}

fn anon(len: u64, prot: u64) -> Syscall {
    Syscall::Mmap {
        addr: 0,
        len,
        prot,
        flags: MAP_PRIVATE | MAP_ANONYMOUS,
        fd: u64::MAX,
        off: 0,
    }
}

#[test]
fn topdown_placement_and_merge() {
    let (mut m, p) = root();
    // §3.7: the first page goes right below mmap_base 0x7ffff7fff000.
    let a = m
        .syscall(p, &anon(4096, PROT_READ | PROT_WRITE), false)
        .result
        .unwrap();
    assert_eq!(a, 0x7ffff7ffe000);
    // The second lands below and merges (same flags, both VM_ACCOUNT).
    let b = m
        .syscall(p, &anon(4096, PROT_READ | PROT_WRITE), false)
        .result
        .unwrap();
    assert_eq!(b, 0x7ffff7ffd000);
    let maps = m.maps(p);
    assert_eq!(maps.len(), 1);
    assert_eq!(
        (maps[0].start, maps[0].end),
        (0x7ffff7ffd000, 0x7ffff7fff000)
    );
    assert_eq!(m.status(p).committed_as_kb, 8);
    // Punch a hole: split into two, the charge for one page returns.
    m.syscall(
        p,
        &Syscall::Munmap {
            addr: 0x7ffff7ffe000,
            len: 4096,
        },
        false,
    )
    .result
    .unwrap();
    assert_eq!(m.maps(p).len(), 1);
    assert_eq!(m.status(p).committed_as_kb, 4);
}

#[test]
fn mprotect_split_then_merge_back() {
    let (mut m, p) = root();
    let a = m
        .syscall(p, &anon(3 * 4096, PROT_READ), false)
        .result
        .unwrap();
    m.syscall(
        p,
        &Syscall::Mprotect {
            addr: a + 4096,
            len: 4096,
            prot: PROT_NONE,
        },
        false,
    )
    .result
    .unwrap();
    assert_eq!(m.maps(p).len(), 3);
    m.syscall(
        p,
        &Syscall::Mprotect {
            addr: a + 4096,
            len: 4096,
            prot: PROT_READ,
        },
        false,
    )
    .result
    .unwrap();
    // case 6: prev, the range and next merge back into one.
    assert_eq!(m.maps(p).len(), 1);
}

#[test]
fn offset_unaligned_is_first() {
    let (mut m, p) = root();
    // The offset check comes before the descriptor lookup: EINVAL, not EBADF.
    let r = m.syscall(
        p,
        &Syscall::Mmap {
            addr: 0,
            len: 4096,
            prot: PROT_READ,
            flags: MAP_PRIVATE,
            fd: 99,
            off: 1,
        },
        false,
    );
    assert_eq!(r.result.unwrap_err().errno(), EINVAL);
    let r = m.syscall(
        p,
        &Syscall::Mmap {
            addr: 0,
            len: 4096,
            prot: PROT_READ,
            flags: MAP_PRIVATE,
            fd: 99,
            off: 0,
        },
        false,
    );
    assert_eq!(r.result.unwrap_err().errno(), EBADF);
}

#[test]
fn memory_per_vma_is_at_most_200_bytes() {
    // Issue 3: at most 200 bytes per VMA. 100,000 separate VMAs (alternating
    // protections so none merge), spare capacity counted.
    let (mut m, p) = root();
    m.world.paranoid = false;
    m.world.sys.max_map_count = 1_000_000;
    let n = 100_000u64;
    for i in 0..n {
        let prot = if i % 2 == 0 { PROT_READ } else { PROT_NONE };
        let addr = 0x7ffff7fff000 - (i + 1) * 4096;
        let call = Syscall::Mmap {
            addr,
            len: 4096,
            prot,
            flags: MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
            fd: u64::MAX,
            off: 0,
        };
        m.syscall(p, &call, false).result.unwrap();
    }
    let vmas = m.tasks[p].mm.vmas();
    assert_eq!(vmas.len() as u64, n);
    let per_vma = vmas.heap_bytes() / vmas.len();
    eprintln!("{per_vma} bytes per VMA");
    assert!(per_vma <= 200, "{per_vma} bytes per VMA");
}

#[test]
fn default_rlimits_follow_the_profile() {
    use mmrun::engine::Kernel;
    use mmrun::engine::task::default_rlimits;
    // MLOCK_LIMIT: 64 KiB in v4.12 (include/uapi/linux/resource.h:71),
    // 8 MiB since 5.16; both limits start equal (INIT_RLIMITS).
    let old = default_rlimits(Kernel::V4_12)[RLIMIT_MEMLOCK as usize];
    assert_eq!((old.cur, old.max), (64 << 10, 64 << 10));
    let new = default_rlimits(Kernel::V6_18)[RLIMIT_MEMLOCK as usize];
    assert_eq!((new.cur, new.max), (8 << 20, 8 << 20));
    for k in [Kernel::V4_12, Kernel::V6_18] {
        let stack = default_rlimits(k)[RLIMIT_STACK as usize];
        assert_eq!((stack.cur, stack.max), (8 << 20, RLIM_INFINITY));
    }
    // A spawned process starts with its kernel's limits.
    let (m, p) = root();
    assert_eq!(m.tasks[p].rlim, default_rlimits(Kernel::V4_12));
}

#[test]
fn dontunmap_of_the_vdso_is_einval_in_618() {
    use mmrun::engine::{Kernel, MemoryConfig, Sysctls, fs::Vfs};
    // check_prep_vma refuses MREMAP_DONTUNMAP on VM_DONTEXPAND/VM_PFNMAP
    // before the VMA-end check (EINVAL, not EFAULT); checked on the host's
    // [vdso] and [vvar]. Growth of [vdso] stays EFAULT.
    let mem = MemoryConfig::default();
    let mut m = Machine::new(Kernel::V6_18, Sysctls::defaults(&mem), mem, Vfs::new());
    m.world.exec_vdso = true;
    let p = m.spawn(&ProcessSpec {
        name: "main".into(),
        uid: 0,
        gid: 0,
        caps: None,
    });
    let mremap = |old_addr, old_len, new_len, flags| Syscall::Mremap {
        old_addr,
        old_len,
        new_len,
        flags,
        new_addr: 0,
    };
    // [vvar] 4 pages, [vvar_vclock] 2, [vdso] 2, right below mmap_base.
    let (vvar, vdso) = (0x7ffff7ff7000, 0x7ffff7ffd000);
    let r = m.syscall(
        p,
        &mremap(vdso, 8192, 8192, MREMAP_MAYMOVE | MREMAP_DONTUNMAP),
        false,
    );
    let e = r.result.unwrap_err();
    assert_eq!(
        (e.errno(), e.check.id),
        (EINVAL, "check_prep_vma.dontunmap_special_mapping")
    );
    let r = m.syscall(
        p,
        &mremap(vvar, 4096, 4096, MREMAP_MAYMOVE | MREMAP_DONTUNMAP),
        false,
    );
    assert_eq!(r.result.unwrap_err().errno(), EINVAL);
    let r = m.syscall(p, &mremap(vdso, 8192, 16384, MREMAP_MAYMOVE), false);
    assert_eq!(r.result.unwrap_err().errno(), EFAULT);
}
