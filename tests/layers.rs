//! The layers point one way (ARCHITECTURE.md): uapi is a leaf; syntax and
//! the engine know nothing but uapi; the runner wires syntax to the engine;
//! the report sits on top; the oracle and the fuzzer sit beside the runner.
//! A `crate::LAYER` reference a layer may not make fails this test.

use std::path::Path;

/// The layers each layer may use (its own included).
fn allowed(layer: &str) -> &'static [&'static str] {
    match layer {
        "uapi" => &["uapi"],
        "syntax" => &["syntax", "uapi"],
        "engine" => &["engine", "uapi"],
        "runner" => &["runner", "syntax", "engine", "uapi"],
        "report" => &["report", "runner", "syntax", "engine", "uapi"],
        "oracle" => &["oracle", "report", "runner", "syntax", "engine", "uapi"],
        "fuzz" => &["fuzz", "runner", "syntax", "engine", "uapi"],
        other => panic!("a layer ARCHITECTURE.md does not name: {other}"),
    }
}

const LAYERS: [&str; 7] = [
    "uapi", "syntax", "engine", "runner", "report", "oracle", "fuzz",
];

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn layers_point_one_way() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut bad = Vec::new();
    for layer in LAYERS {
        let mut paths = Vec::new();
        let dir = src.join(layer);
        if dir.is_dir() {
            files(&dir, &mut paths);
        }
        let file = src.join(format!("{layer}.rs"));
        if file.is_file() {
            paths.push(file);
        }
        assert!(!paths.is_empty(), "no source for layer {layer}");
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                for used in LAYERS {
                    let reference = format!("crate::{used}");
                    let uses = line.match_indices(&reference).any(|(i, _)| {
                        !line[i + reference.len()..]
                            .starts_with(|c: char| c.is_alphanumeric() || c == '_')
                    });
                    if uses && !allowed(layer).contains(&used) {
                        bad.push(format!("{}:{}: {layer} uses {used}", path.display(), n + 1));
                    }
                }
            }
        }
    }
    assert!(bad.is_empty(), "layering broken:\n{}", bad.join("\n"));
}
