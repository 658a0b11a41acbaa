//! Every bundled scenario under scenarios/: it must run, every expectation
//! it states must hold, and its transcript is snapshot-tested. Snapshots are
//! reviewed by hand against the spec and the v4.12 source before acceptance.

use mmrun::report::{diagnostics, mismatch, transcript};
use mmrun::runner::{self, RunOptions};
use mmrun::syntax::ast::StmtKind;

#[test]
fn bundled_scenarios() {
    insta::glob!("../scenarios", "*/*.mm", |path| {
        let name = path
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .unwrap_or(path)
            .display()
            .to_string();
        let source = std::fs::read_to_string(path).expect("readable scenario");
        let scenario = match mmrun::syntax::load(&name, &source) {
            Ok(s) => s,
            Err(e) => panic!(
                "{name} does not parse:\n{}",
                diagnostics::render(&e, false, 100)
            ),
        };
        // Issue 2: every call in a bundled scenario states its expected result.
        for block in &scenario.blocks {
            for stmt in &block.stmts {
                if let StmtKind::Call {
                    call, expect: None, ..
                } = &stmt.kind
                {
                    panic!(
                        "{name}: `{}` at byte {} has no expected result",
                        &source[call.name.start()..call.name.end()],
                        call.span.start()
                    );
                }
            }
        }
        // A scenario opens with a comment saying what it shows.
        assert!(
            source.trim_start().starts_with('#'),
            "{name} must open with a comment"
        );
        let run = runner::run(&scenario, &RunOptions::default())
            .unwrap_or_else(|e| panic!("{name} cannot run: {}", e.message));
        let failures: Vec<String> = run
            .mismatches
            .iter()
            .map(|m| {
                diagnostics::render(
                    &mismatch::expectation(&mmrun::syntax::error::Source::new(&name, &source), m),
                    false,
                    100,
                )
            })
            .collect();
        assert!(
            failures.is_empty(),
            "{name}: expectations do not hold:\n{}",
            failures.join("\n")
        );
        let text = transcript::render(&run, &transcript::TextOptions::default());
        insta::assert_snapshot!(text);
    });
}
