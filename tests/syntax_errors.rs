//! Snapshots of the rendered diagnostics for each broken scenario in
//! `tests/syntax_errors/`. Each file shows one error kind (or several, for
//! the multi-error files); the snapshot is what a user sees.

use mmrun::report::diagnostics::render;
use mmrun::syntax;

#[test]
fn broken_scenarios() {
    insta::glob!("syntax_errors/*.mm", |path| {
        let source = std::fs::read_to_string(path).expect("corpus file is readable");
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let rendered = match syntax::load(&name, &source) {
            Ok(_) => panic!("{name} should not load"),
            Err(errors) => render(&errors, false, 100),
        };
        insta::assert_snapshot!(rendered);
    });
}
