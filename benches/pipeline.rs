//! The whole pipeline on a generated scenario of 100,000 calls: parsing
//! alone, and parsing + checking + running. Target (issue 3): at least
//! 1,000,000 calls per second end to end.

/// The allocator the binary uses, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use mmrun::runner::{self, RunOptions};
use std::hint::black_box;

const CALLS: usize = 100_000;

/// A realistic mix: map, protect, unmap, with results stated.
fn scenario() -> String {
    let mut s = String::from(
        "kernel \"4.12\"\nfile /data/f size=64K\nprocess app uid=1000 {\n    openat(AT_FDCWD, \"/data/f\", O_RDONLY) = 3\n",
    );
    let mut n = 1;
    while n < CALLS {
        s.push_str("    $a = mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000\n");
        s.push_str("    mprotect($a, 4096, PROT_READ) = 0\n");
        s.push_str("    $f = mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0)\n");
        s.push_str("    munmap($f, 4096) = 0\n");
        s.push_str("    munmap($a, 8192) = 0\n");
        n += 5;
    }
    s.push_str("}\n");
    s
}

fn bench(c: &mut Criterion) {
    let src = scenario();
    let mut g = c.benchmark_group("pipeline");
    g.sample_size(10);
    g.throughput(Throughput::Elements(CALLS as u64));
    g.bench_function("parse_100k_calls", |b| {
        b.iter(|| mmrun::syntax::load("bench.mm", black_box(&src)).expect("parses"))
    });
    g.bench_function("parse_and_run_100k_calls", |b| {
        b.iter(|| {
            let s = mmrun::syntax::load("bench.mm", black_box(&src)).expect("parses");
            let run = runner::run(&s, &RunOptions::default()).expect("runs");
            assert!(run.mismatches.is_empty());
            run.events.len()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
