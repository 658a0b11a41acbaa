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

mod common;

use common::{Rng, VALID, VOCABULARY, mutation, random_bytes, token_soup};

/// Runs a scenario that loaded: the runner and the engine (whose invariants
/// are checked after every call in debug builds) must end in a result, and
/// the transcript and any failed expectations must render.
fn run(source: &str, scenario: &mmrun::syntax::ast::Scenario) {
    // Both profiles: the 6.18 branches meet the same extreme values.
    for kernel in [None, Some(mmrun::engine::Kernel::V6_18)] {
        let opts = RunOptions {
            kernel,
            explain: true,
            vmas_after_calls: Some((0, u64::MAX)),
            vdso: kernel.is_some(),
            defaults: None,
        };
        if let Ok(run) = runner::run(scenario, &opts) {
            let _ = transcript::render(
                &run,
                &transcript::TextOptions {
                    quiet: false,
                    explain: true,
                },
            );
            for m in &run.mismatches {
                assert!(
                    !render(
                        &mismatch::expectation(
                            &mmrun::syntax::error::Source::new("fuzz.mm", source),
                            m
                        ),
                        false,
                        100
                    )
                    .is_empty()
                );
            }
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
            span.start() <= span.end() && span.end() <= source.len(),
            "span {span:?} outside {}",
            source.len()
        );
        assert!(
            source.is_char_boundary(span.start()) && source.is_char_boundary(span.end()),
            "span {span:?} not on char boundaries"
        );
    }
    if render_errors {
        assert!(!render(&errors, false, 100).is_empty());
    }
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
fn long_operator_chains_are_refused_not_a_stack_overflow() {
    // About 90,000 chained operators on one line once overflowed the stack
    // (the expression tree is walked recursively); past MAX_OPERATORS the
    // parser reports the expression instead.
    for op in ["+", "|", "*", "-"] {
        let chain = vec!["1"; 90_000].join(op);
        let source = format!("munmap({chain}, 4096)\n");
        let Err(errors) = syntax::load("long.mm", &source) else {
            panic!("a 90,000-operator expression must not load");
        };
        assert_eq!(errors.errors[0].code, "mm::expression-too-long");
    }
    let negs = format!("munmap({}1, 4096)\n", "- ".repeat(90_000));
    let Err(errors) = syntax::load("negs.mm", &negs) else {
        panic!("90,000 unary minuses must not load");
    };
    assert!(!errors.errors.is_empty());
    // Parenthesised parts count too: 200 levels of 900 operators each.
    let mut nested = "1".to_string();
    for _ in 0..200 {
        nested = format!("({nested}+{})", vec!["1"; 900].join("+"));
    }
    let Err(errors) = syntax::load("nested.mm", &format!("munmap({nested}, 4096)\n")) else {
        panic!("180,000 nested operators must not load");
    };
    assert_eq!(errors.errors[0].code, "mm::expression-too-long");
    // At the limit it still parses and runs.
    let ok = format!("munmap({}, 4096) = -1 EINVAL\n", vec!["1"; 1001].join("+"));
    check(&ok, true);
    assert!(syntax::load("ok.mm", &ok).is_ok());
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

/// Populating a terabyte of memory charged page by page (shared anonymous
/// MAP_NORESERVE is shmem, charged as faults allocate its pages) is worked
/// out, not looped: under each overcommit mode the run ends at once, with
/// the pages that fit charged.
#[test]
fn terabyte_of_per_page_charged_shmem() {
    for mode in [0, 1, 2] {
        let src = format!(
            "kernel \"6.18\"\nsysctl vm.overcommit_memory = {mode}\nprocess app {{\n    $b = mmap(NULL, 1T, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_NORESERVE|MAP_POPULATE, -1, 0)\n    status\n}}\n"
        );
        let scenario = syntax::load("t.mm", &src).expect("loads");
        let run = runner::run(&scenario, &RunOptions::default()).expect("runs");
        let committed = run
            .events
            .iter()
            .find_map(|e| match e {
                runner::Event::Status { info, .. } => Some(info.committed_as_kb),
                _ => None,
            })
            .expect("a status");
        if mode == 2 {
            assert!(
                committed < 1 << 30,
                "mode 2 stops at its limit: {committed} kB"
            );
        } else {
            assert_eq!(committed, 1 << 30, "mode {mode} charges every page (kB)");
        }
    }
}
