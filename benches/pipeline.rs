//! The whole pipeline on a generated scenario of 100,000 calls: parsing
//! and checking; parsing, checking and running as `mmrun -q` does
//! (events streamed and dropped); and as `mmrun` does, the transcript
//! rendered too. Targets: 1,000,000 calls per second end to end (issue 3),
//! 5,000,000 for parsing and running (issue 8).

/// The allocator the binary uses, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use mmrun::report::transcript::{TextOptions, Transcript};
use mmrun::runner::{self, Event, Mismatch, ProcessInfo, RunOptions, Sink};
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

/// What `mmrun -q` does with a run's events: nothing; failures are counted.
struct Quiet;

impl Sink for Quiet {
    fn event(&mut self, _: &[ProcessInfo], event: Event) {
        black_box(event);
    }
    fn mismatch(&mut self, _: &[ProcessInfo], m: Mismatch) {
        black_box(m);
    }
}

/// What `mmrun` does: each event rendered into the transcript.
struct Text {
    transcript: Transcript,
    out: String,
}

impl Sink for Text {
    fn event(&mut self, processes: &[ProcessInfo], event: Event) {
        self.transcript.event(&mut self.out, processes, &event);
        if self.out.len() > 1 << 16 {
            black_box(&self.out);
            self.out.clear();
        }
    }
    fn mismatch(&mut self, _: &[ProcessInfo], m: Mismatch) {
        black_box(m);
    }
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
            let done = runner::run_into(&s, &RunOptions::default(), &mut Quiet).expect("runs");
            assert_eq!(done.mismatches, 0);
        })
    });
    g.bench_function("parse_run_and_render_100k_calls", |b| {
        b.iter(|| {
            let s = mmrun::syntax::load("bench.mm", black_box(&src)).expect("parses");
            let mut text = Text {
                transcript: Transcript::new(TextOptions::default(), 1),
                out: String::new(),
            };
            let done = runner::run_into(&s, &RunOptions::default(), &mut text).expect("runs");
            assert_eq!(done.mismatches, 0);
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
