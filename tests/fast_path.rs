//! Differential test of the parser's fast path (`src/syntax/fast.rs`): with
//! it on and off, every input must give the same AST (spans included) and
//! the same errors (code, message, span, label, help), in the same order.
//!
//! Inputs: every bundled scenario, every broken scenario in
//! `tests/syntax_errors/`, and generated inputs: the fuzz generators
//! (`tests/common`), files mixed from a pool of call lines and the
//! constructs around them, and mutations of all of those.
//!
//! `syntax::load` (fast path, early-stopping `check`) is also compared with
//! the reference pipeline: pest alone, the full `check`, then the filtering
//! and truncation `load` documents, and the unrolling of `repeat`.

mod common;

use std::path::Path;

use common::{Rng, mutate, mutation, random_bytes, token_soup};
use mmrun::syntax::{self, check, error::code, parser};

fn same_parse(source: &str) {
    let fast = parser::parse_with(source, parser::Options { fast: true });
    let slow = parser::parse_with(source, parser::Options { fast: false });
    assert_eq!(fast.1, slow.1, "errors differ for {source:?}");
    assert_eq!(fast.0, slow.0, "ASTs differ for {source:?}");

    // `load` against the reference pipeline.
    let (mut scenario, mut errors) = slow;
    let clean = errors.is_empty();
    let (declarations, check_errors) = check::check(&scenario, source);
    scenario.declarations = declarations;
    errors.extend(
        check_errors
            .into_iter()
            .filter(|e| clean || e.code != code::UNBOUND_VARIABLE),
    );
    errors.truncate(parser::MAX_ERRORS);
    match syntax::load("t.mm", source) {
        Ok(loaded) => {
            assert!(errors.is_empty(), "load accepted {source:?}: {errors:?}");
            // A clean load unrolls the repeats.
            syntax::unroll_repeats(&mut scenario);
            assert_eq!(loaded, scenario, "load's AST differs for {source:?}");
        }
        Err(loaded) => {
            let mut expected = syntax::ScenarioErrors::new("t.mm", source, errors).errors;
            expected.truncate(parser::MAX_ERRORS);
            assert_eq!(
                loaded.errors, expected,
                "load's errors differ for {source:?}"
            );
        }
    }
}

fn files(dir: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let mut dirs = vec![root.join(dir)];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("readable directory") {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "mm") {
                let text = std::fs::read_to_string(&path).expect("readable file");
                out.push((path.display().to_string(), text));
            }
        }
    }
    out.sort();
    out
}

/// Lines the fast path reads, lines it must leave to pest, and the
/// constructs around them.
const POOL: &[&str] = &[
    "    $a = mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000",
    "    mprotect($a, 4096, PROT_READ) = 0",
    "    munmap($a, 8192) = -1 EINVAL (Invalid argument)",
    "openat(AT_FDCWD, \"/data/f\", O_RDONLY) = 3",
    "setrlimit(RLIMIT_STACK, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0  # comment",
    "fcntl(3, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = -1 EAGAIN",
    "fcntl(3,F_SETLK,{ l_type = F_WRLCK ,l_len=0 , x={y=1}},{}) = -1\tEAGAIN\t(x) # c",
    "munlockall()",
    "  foo( ) = - 1 ENOMEM",
    "mmap((1+2)*3, -(4096), - -1, $a|$b, 1|2+3*4-5, ( 7 ), -$a) = $a - 1",
    "mmap(16K, 2M*2, 0644, 0x10, 0) = 0 (PER_LINUX)",
    "open(\"/a\\\"b\\\\c\\n\\t\\0\", O_RDONLY)=3 (x)",
    "open(\"/bad\\q\", 0) = 3",
    "open(\"/é\", 0) = 3",
    "open(\"/unterminated, 0) = 3",
    "mmap(99999999999999999999) = 0",
    "mmap(08, 0x, 16k) = 0",
    "mmap(1) = 0x10000000000000000",
    "mlock(0x1000,",
    "        4096) = -1 ENOMEM (Cannot allocate memory)",
    "munmap($a, 4096 # c",
    "  ) = 0",
    "mmap(1 |",
    "  2) = 0",
    "mmap(1 | # c",
    "x() = -10 E",
    "x() = -1 (note)",
    "x() = -1",
    "x() = -1 EPERM (Operation not permitted",
    "x() = 0 (PER_LINUX) trailing",
    "x()=0",
    "x() =",
    "x() = $",
    "x() = 1 = 2",
    "$a mmap()",
    "$ = f()",
    "$a = $b",
    "$a=f($a)",
    "f(1,)",
    "f(1 2)",
    "f(a)(b)",
    "f(--1, - - -2, -x)",
    "f(1 -)",
    "f(1 - # x",
    "f({a=1,}, \"x\"",
    "f({=1})",
    "\tf(\t1\t)\t=\t0\t# tab",
    "f(1)\r",
    "f(é)",
    "kernel \"4.12\"",
    "kernel(1)",
    "maps(1) = 0",
    "arch x86_64",
    "sysctl vm.max_map_count = 100",
    "file /a size=4K mode=0600",
    "file /a/b",
    "mount /huge hugetlbfs pagesize=2M",
    "process app uid=1000 {",
    "process b caps=none { # c",
    "process c { }",
    "process d {x",
    "process {",
    "process e uid= {",
    "  process f {",
    "}",
    "} junk",
    "}  # end",
    "  }",
    "maps {",
    "  7ffff7ffd000-7ffff7fff000 rw-p 00000000 00:00 0    [heap]",
    "maps { }",
    "maps",
    "status { VmLck: 64 kB }",
    "status {",
    "  MapCount: 2",
    "rlimit RLIMIT_MEMLOCK 64K unlimited",
    "# comment",
    "",
    "   ",
    "!!garbage",
];

/// A file of lines from [`POOL`], often inside process blocks.
fn line_mix(rng: &mut Rng) -> String {
    let mut out = String::new();
    let mut open = false;
    for _ in 0..1 + rng.below(12) {
        match rng.below(10) {
            0 if !open => {
                out.push_str("process p {\n");
                open = true;
            }
            1 if open => {
                out.push_str("}\n");
                open = false;
            }
            _ => {
                out.push_str(rng.pick(POOL));
                out.push('\n');
            }
        }
    }
    if open && rng.below(4) != 0 {
        out.push('}');
    }
    if rng.below(3) == 0 {
        out.pop();
    }
    out
}

#[test]
fn bundled_and_broken_scenarios() {
    let mut corpus = files("scenarios");
    corpus.extend(files("tests/syntax_errors"));
    assert!(corpus.len() > 40, "found {} files", corpus.len());
    for (_, text) in &corpus {
        same_parse(text);
        // The same text without its last line break, and with CRLF.
        same_parse(text.trim_end_matches('\n'));
        same_parse(&text.replace('\n', "\r\n"));
    }
}

#[test]
fn pool_lines_alone_and_in_blocks() {
    for line in POOL {
        for source in [
            line.to_string(),
            format!("{line}\n"),
            format!("process p {{\n{line}\n}}\n"),
            format!("process p {{\n{line}\n"),
            format!("process p {{\n{line}"),
            format!("maps {{\n{line}\n}}\n"),
            format!("status {{\n{line}\n}}\n"),
            format!("mlock(1,\n{line}\n"),
            format!("!!\n{line}\n"),
        ] {
            same_parse(&source);
        }
    }
}

/// Generated inputs: 3 × 20,000, split so the tests run in parallel.
fn generated(seed: u64, count: usize) {
    let mut rng = Rng(seed);
    let corpus: Vec<String> = files("scenarios")
        .into_iter()
        .chain(files("tests/syntax_errors"))
        .map(|(_, text)| text)
        .collect();
    for i in 0..count {
        let source = match i % 6 {
            0 => random_bytes(&mut rng),
            1 => token_soup(&mut rng),
            2 => mutation(&mut rng),
            3 => line_mix(&mut rng),
            4 => {
                let mix = line_mix(&mut rng);
                mutate(&mut rng, &mix)
            }
            _ => {
                let file = &corpus[rng.below(corpus.len())];
                mutate(&mut rng, file)
            }
        };
        same_parse(&source);
    }
}

#[test]
fn generated_inputs_a() {
    generated(0x0123_4567_89ab_cdef, 20_000);
}

#[test]
fn generated_inputs_b() {
    generated(0xfedc_ba98_7654_3210, 20_000);
}

#[test]
fn generated_inputs_c() {
    generated(0x9e37_79b9_7f4a_7c15, 20_000);
}

#[test]
fn many_errors() {
    // Error caps: more than MAX_ERRORS bad lines, unknown names and unbound
    // variables, with and without syntax errors before them.
    let unknown = "process p {\n  munmap(NOPE, $x) = 0\n}\n".repeat(150);
    same_parse(&unknown);
    same_parse(&format!("!!\n{unknown}"));
    same_parse(&"!!\nf(1)\n".repeat(150));
    same_parse(&"frob($z)\n".repeat(150));
    // A large file of hot lines with a broken one in the middle.
    let mut big = String::from("process app {\n");
    for i in 0..5000 {
        big.push_str(if i == 2500 {
            "    munmap($a, 8192 = 0\n"
        } else {
            "    $a = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7000\n"
        });
    }
    big.push_str("}\n");
    same_parse(&big);
}
