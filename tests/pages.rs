//! Property test: random sequences of mmap (fixed and not), munmap and
//! mprotect over a small region, checked page by page against a reference
//! model that knows nothing of VMAs: just which pages are mapped, with which
//! protection. The engine's own invariants (sorted, non-overlapping VMAs, gap
//! index, counters) are checked after every call because tests build with
//! debug assertions.

use mmrun::engine::{Kernel, Machine, ProcessSpec, Syscall};
use mmrun::uapi::*;
use proptest::prelude::*;

const PAGE: u64 = 4096;
/// mmap_base with the default 8 MiB stack limit and no randomisation.
const BASE: u64 = 0x7ffff7fff000;
/// The reference window: the top WINDOW pages below mmap_base.
const WINDOW: u64 = 512;
/// Fixed-address operations stay in the top FIXED pages.
const FIXED: u64 = 64;
const LOW: u64 = BASE - WINDOW * PAGE;

#[derive(Clone, Debug)]
enum Op {
    /// mmap(NULL, pages) top-down.
    Map {
        pages: u64,
        prot: u64,
    },
    /// mmap(MAP_FIXED) at page `at` (counted down from BASE).
    MapFixed {
        at: u64,
        pages: u64,
        prot: u64,
    },
    Unmap {
        at: u64,
        pages: u64,
    },
    Protect {
        at: u64,
        pages: u64,
        prot: u64,
    },
}

fn prot() -> impl Strategy<Value = u64> {
    prop_oneof![
        Just(PROT_NONE),
        Just(PROT_READ),
        Just(PROT_READ | PROT_WRITE),
        Just(PROT_READ | PROT_EXEC),
        Just(PROT_WRITE)
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (1..5u64, prot()).prop_map(|(pages, prot)| Op::Map { pages, prot }),
        (1..FIXED, 1..8u64, prot()).prop_map(|(at, pages, prot)| Op::MapFixed { at, pages, prot }),
        (1..FIXED, 1..10u64).prop_map(|(at, pages)| Op::Unmap { at, pages }),
        (1..FIXED, 1..10u64, prot()).prop_map(|(at, pages, prot)| Op::Protect { at, pages, prot }),
    ]
}

/// Page `i` of the window is [LOW + i*PAGE, +PAGE); None = not mapped.
struct Reference {
    pages: Vec<Option<u64>>,
}

impl Reference {
    fn index(addr: u64) -> usize {
        ((addr - LOW) / PAGE) as usize
    }
    /// Top-down: the highest run of free pages that fits below mmap_base.
    fn place(&self, n: u64) -> Option<u64> {
        let n = n as usize;
        let mut run = 0;
        for i in (0..self.pages.len()).rev() {
            if self.pages[i].is_none() {
                run += 1;
                if run == n {
                    return Some(LOW + i as u64 * PAGE);
                }
            } else {
                run = 0;
            }
        }
        None
    }
    fn set(&mut self, addr: u64, pages: u64, v: Option<u64>) {
        let i = Self::index(addr);
        for p in &mut self.pages[i..i + pages as usize] {
            *p = v;
        }
    }
    /// mprotect: ENOMEM if the start is unmapped; otherwise pages change up
    /// to the first hole, which fails the call with what was done kept.
    fn protect(&mut self, addr: u64, pages: u64, prot: u64) -> bool {
        let i = Self::index(addr);
        for p in &mut self.pages[i..i + pages as usize] {
            match p {
                Some(v) => *v = prot,
                None => return false,
            }
        }
        true
    }
}

fn at(page_from_top: u64) -> u64 {
    BASE - page_from_top * PAGE
}

fn check(ops: &[Op], kernel: Kernel) -> Result<(), TestCaseError> {
    let mut m = Machine::default_412();
    m.world.kernel = kernel;
    let p = m.spawn(&ProcessSpec {
        name: "p".into(),
        uid: 0,
        gid: 0,
        caps: None,
    });
    let mut r = Reference {
        pages: vec![None; WINDOW as usize],
    };
    for op in ops {
        match *op {
            Op::Map { pages, prot } => {
                let want = r.place(pages);
                let call = Syscall::Mmap {
                    addr: 0,
                    len: pages * PAGE,
                    prot,
                    flags: MAP_PRIVATE | MAP_ANONYMOUS,
                    fd: u64::MAX,
                    off: 0,
                };
                let got = m.syscall(p, &call, false).result;
                let Some(want) = want else { return Ok(()) }; // left the window: stop here
                prop_assert_eq!(got.as_ref().ok().copied(), Some(want), "{:?}", op);
                r.set(want, pages, Some(prot));
            }
            Op::MapFixed { at: a, pages, prot } => {
                let pages = pages.min(a);
                let addr = at(a);
                let call = Syscall::Mmap {
                    addr,
                    len: pages * PAGE,
                    prot,
                    flags: MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
                    fd: u64::MAX,
                    off: 0,
                };
                let got = m.syscall(p, &call, false).result;
                prop_assert_eq!(got.ok(), Some(addr), "{:?}", op);
                r.set(addr, pages, Some(prot));
            }
            Op::Unmap { at: a, pages } => {
                let pages = pages.min(a);
                let addr = at(a);
                let got = m
                    .syscall(
                        p,
                        &Syscall::Munmap {
                            addr,
                            len: pages * PAGE,
                        },
                        false,
                    )
                    .result;
                prop_assert_eq!(got.ok(), Some(0), "{:?}", op);
                r.set(addr, pages, None);
            }
            Op::Protect { at: a, pages, prot } => {
                let pages = pages.min(a);
                let addr = at(a);
                let want = r.protect(addr, pages, prot);
                let got = m
                    .syscall(
                        p,
                        &Syscall::Mprotect {
                            addr,
                            len: pages * PAGE,
                            prot,
                        },
                        false,
                    )
                    .result;
                if want {
                    prop_assert_eq!(got.ok(), Some(0), "{:?}", op);
                } else {
                    prop_assert_eq!(got.err().map(|e| e.errno()), Some(ENOMEM), "{:?}", op);
                }
            }
        }
        // Page by page, the engine's maps agree with the reference.
        let mut seen = vec![None; WINDOW as usize];
        for e in m.maps(p) {
            prop_assert!(e.start >= LOW, "a VMA below the window: {:x}", e.start);
            let bits = |c: char, b: u64| if e.perms.contains(c) { b } else { 0 };
            let prot = bits('r', PROT_READ) | bits('w', PROT_WRITE) | bits('x', PROT_EXEC);
            for a in (e.start..e.end).step_by(PAGE as usize) {
                seen[Reference::index(a)] = Some(prot);
            }
        }
        let normal = |v: Option<u64>| v.map(|p| if p == PROT_WRITE { PROT_WRITE } else { p });
        for (i, (want, got)) in r.pages.iter().zip(&seen).enumerate() {
            prop_assert_eq!(
                normal(*want),
                *got,
                "page {:#x} after {:?}",
                LOW + i as u64 * PAGE,
                op
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PAGES_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]
    #[test]
    fn engine_agrees_with_page_model(ops in prop::collection::vec(op(), 1..24)) {
        check(&ops, Kernel::V4_12)?;
    }
}

proptest! {
    // The 6.18 profile shares the mechanism; its differences (THP alignment,
    // the search floor) do not reach these small mappings near the top.
    #![proptest_config(ProptestConfig {
        cases: 20_000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]
    #[test]
    fn engine_618_agrees_with_page_model(ops in prop::collection::vec(op(), 1..24)) {
        check(&ops, Kernel::V6_18)?;
    }
}
