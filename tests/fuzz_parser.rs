//! Robustness: no input may panic or hang `syntax::load`, and every error it
//! returns must render and point inside the source on char boundaries.
//!
//! Inputs are generated with a small deterministic PRNG (cheap, reproducible):
//! random bytes, token soups from the grammar's vocabulary, and mutations of
//! valid scenarios.

use mmrun::report::diagnostics::render;
use mmrun::report::{mismatch, transcript};
use mmrun::runner::{self, RunOptions};
use mmrun::syntax;

/// xorshift64*: tiny, fast and good enough to vary inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const VALID: &[&str] = &[
    include_str!("../scenarios/files/first-example.mm"),
    "kernel \"4.12\"\narch x86_64\nsysctl vm.max_map_count = 100\nmemory total=16G free=12G swap=0 hugepages=0\n\
     mount /huge hugetlbfs pagesize=2M\nmount /mnt/nx tmpfs noexec,nosuid\nfile \"/data/a b\" size=4K mode=0600 owner=1000:1000 append\n\
     dir /srv mode=0755\ndevice /dev/zero zero\nfifo /run/p\n",
    "$a = mmap(NULL, 2*4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000\n\
     mremap($a, 8192, 16K, MREMAP_MAYMOVE) = $a\nrlimit RLIMIT_MEMLOCK 64K unlimited\n\
     setrlimit(RLIMIT_STACK, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0\n\
     fcntl(3, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = -1 EAGAIN\n\
     status { VmLck: 64 kB  MapCount: 2 }\nmaps {\n  7ffff7ffd000-7ffff7fff000 rw-p 00000000 00:00 0    [heap]\n}\nmaps { }\n",
    "process a uid=1000 caps=CAP_IPC_LOCK|CAP_SYS_ADMIN {\n  mlock(0x1000,\n        4096) = -1 ENOMEM (Cannot allocate memory)\n}\nprocess b { }\nprocess a {\n  munlockall()\n}\n",
];

const VOCABULARY: &[&str] = &[
    "kernel",
    "arch",
    "sysctl",
    "memory",
    "mount",
    "file",
    "dir",
    "device",
    "fifo",
    "process",
    "maps",
    "status",
    "rlimit",
    "mmap",
    "munmap",
    "open",
    "fcntl",
    "(",
    ")",
    "{",
    "}",
    ",",
    "=",
    "|",
    "+",
    "-",
    "*",
    "$a",
    "$",
    "\"",
    "\"/x\"",
    "\\",
    "#",
    "\n",
    " ",
    "\t",
    "\r",
    "0",
    "0x",
    "0x1000",
    "0644",
    "16K",
    "99999999999999999999999",
    "-1",
    "EACCES",
    "PROT_READ",
    "NULL",
    "size=",
    "mode=",
    "owner=1:2",
    "uid=",
    "caps=",
    "none",
    "/mnt",
    "7fff-8000",
    "rw-p",
    "00:00",
    "kB",
    ":",
    "[heap]",
    "é",
    "\u{0}",
];

/// Runs a scenario that loaded: the runner and the engine (whose invariants
/// are checked after every call in debug builds) must end in a result, and
/// the transcript and any failed expectations must render.
fn run(source: &str, scenario: &mmrun::syntax::ast::Scenario) {
    if let Ok(run) = runner::run(
        scenario,
        &RunOptions {
            kernel: None,
            explain: true,
        },
    ) {
        let _ = transcript::render(
            &run,
            &transcript::TextOptions {
                quiet: false,
                explain: true,
            },
        );
        for m in &run.mismatches {
            assert!(!render(&mismatch::expectation("fuzz.mm", source, m), false, 100).is_empty());
        }
    }
}

/// Loads `source` and checks the invariants of the result.
fn check(source: &str, render_errors: bool) {
    let errors = match syntax::load("fuzz.mm", source) {
        Ok(scenario) => return run(source, &scenario),
        Err(errors) => errors,
    };
    assert!(
        !errors.errors.is_empty(),
        "an Err carries at least one error"
    );
    for error in &errors.errors {
        let span = error.span;
        assert!(
            span.start <= span.end && span.end <= source.len(),
            "span {span:?} outside {}",
            source.len()
        );
        assert!(
            source.is_char_boundary(span.start) && source.is_char_boundary(span.end),
            "span {span:?} not on char boundaries"
        );
    }
    if render_errors {
        assert!(!render(&errors, false, 100).is_empty());
    }
}

fn random_bytes(rng: &mut Rng) -> String {
    let bytes: Vec<u8> = (0..rng.below(120)).map(|_| rng.next() as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn token_soup(rng: &mut Rng) -> String {
    (0..rng.below(40)).map(|_| rng.pick(VOCABULARY)).collect()
}

fn mutation(rng: &mut Rng) -> String {
    // A window of a few lines keeps inputs small (debug pest is slow) while
    // still crossing block boundaries.
    let lines: Vec<&str> = rng.pick(VALID).lines().collect();
    let from = rng.below(lines.len());
    let to = (from + 1 + rng.below(6)).min(lines.len());
    let mut chars: Vec<char> = lines[from..to].join("\n").chars().collect();
    for _ in 0..1 + rng.below(4) {
        if chars.is_empty() {
            break;
        }
        let at = rng.below(chars.len());
        match rng.below(5) {
            0 => {
                chars.remove(at);
            }
            1 => chars.insert(at, chars[at]),
            2 => {
                let other = rng.below(chars.len());
                chars.swap(at, other);
            }
            3 => chars.insert(
                at,
                rng.pick(&["(", ")", "{", "}", "\"", ",", "\n", "#", "$", "="])
                    .chars()
                    .next()
                    .unwrap_or(' '),
            ),
            _ => {
                let token: Vec<char> = rng.pick(VOCABULARY).chars().collect();
                chars.splice(at..at, token);
            }
        }
    }
    chars.into_iter().collect()
}

#[test]
fn valid_scenarios_load() {
    for source in VALID {
        if let Err(errors) = syntax::load("valid.mm", source) {
            panic!("{}", render(&errors, false, 100));
        }
    }
}

/// 100,000 generated inputs, split over two tests so they run in parallel.
fn generated_inputs(seed: u64, count: usize) {
    let mut rng = Rng(seed);
    for i in 0..count {
        let source = match i % 3 {
            0 => random_bytes(&mut rng),
            1 => token_soup(&mut rng),
            _ => mutation(&mut rng),
        };
        // Rendering is the slow part; every 16th error is enough to catch a
        // span miette cannot show.
        check(&source, i % 16 == 0);
    }
}

#[test]
fn generated_inputs_never_panic_a() {
    generated_inputs(0x9e37_79b9_7f4a_7c15, 50_000);
}

#[test]
fn generated_inputs_never_panic_b() {
    generated_inputs(0x2545_f491_4f6c_dd1d, 50_000);
}

#[test]
fn ten_megabyte_line() {
    // The worst case for the grammar: one 10 MB word, scanned by several
    // alternatives and again by the strict re-parse.
    check(&"A".repeat(10 << 20), false);
    // Long arguments and an unterminated string (1 MB: debug pest is slow,
    // and the code path is the same).
    let word = "A".repeat(1 << 20);
    check(&format!("munmap({word}, 4096)"), false);
    check(&format!("open(\"{word}"), false);
}

#[test]
fn deep_nesting_is_refused() {
    let parens = format!(
        "munmap({}1{}, 4096)",
        "(".repeat(10_000),
        ")".repeat(10_000)
    );
    check(&parens, true);
    let braces = "{".repeat(100_000);
    check(&braces, true);
    let lines = "{\n".repeat(100_000);
    check(&lines, false);
    // Just under the limit still parses (or fails politely).
    let ok = format!("munmap({}1{}, 4096)", "(".repeat(200), ")".repeat(200));
    check(&ok, true);
}

#[test]
fn many_bad_lines_are_capped() {
    let source = "!!\n".repeat(100_000);
    let Err(errors) = syntax::load("bad.mm", &source) else {
        panic!("garbage must not load");
    };
    assert!(errors.errors.len() <= 100);
}

/// Mutations of the bundled scenarios, whole files, through the parser and
/// the runner: extreme values reach the engine's arithmetic this way.
#[test]
fn bundled_scenarios_mutated() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios");
    let mut files: Vec<String> = Vec::new();
    for topic in std::fs::read_dir(dir).expect("scenarios/").flatten() {
        for f in std::fs::read_dir(topic.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            if let Ok(text) = std::fs::read_to_string(f.path()) {
                files.push(text);
            }
        }
    }
    files.sort();
    assert!(files.len() > 100, "the bundled scenarios are there");
    let seed = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x05ee_d0f5_ca1e);
    let mut rng = Rng(seed);
    let extremes = [
        "0",
        "-1",
        "0xffffffffffffffff",
        "0x7ffffffff000",
        "0x8000000000000000",
        "4095",
        "1T",
        "$x",
    ];
    for i in 0..20_000 {
        let mut text = files[i % files.len()].clone();
        for _ in 0..1 + rng.below(3) {
            // Replace one number-ish token with an extreme value, or apply a
            // character mutation.
            let bytes = text.as_bytes();
            let at = rng.below(text.len());
            if rng.below(2) == 0 {
                if let Some(start) = (at..text.len()).find(|&j| {
                    bytes[j].is_ascii_digit() && (j == 0 || !bytes[j - 1].is_ascii_alphanumeric())
                }) {
                    let end = (start..text.len())
                        .find(|&j| !bytes[j].is_ascii_alphanumeric())
                        .unwrap_or(text.len());
                    text.replace_range(start..end, rng.pick(&extremes));
                }
            } else if text.is_char_boundary(at) {
                text.insert_str(at, rng.pick(VOCABULARY));
            }
        }
        check(&text, i % 64 == 0);
    }
}
