//! What the oracle tests (`oracle.rs`, `oracle_vm.rs`) share: running the
//! binary from the repository's root, with its output and errors as one
//! text.

#![allow(dead_code)]

use std::process::Command;

/// mmrun with `args`: its exit status, and stdout then stderr.
pub fn mmrun(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_mmrun"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("mmrun runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

/// The bundled scenarios whose text `keep` accepts, sorted.
pub fn bundled_scenarios(keep: impl Fn(&str) -> bool) -> Vec<String> {
    let mut files = Vec::new();
    for topic in std::fs::read_dir("scenarios").unwrap().flatten() {
        for f in std::fs::read_dir(topic.path()).unwrap().flatten() {
            let p = f.path();
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            if p.extension().is_some_and(|e| e == "mm") && keep(&text) {
                files.push(p.to_string_lossy().into_owned());
            }
        }
    }
    files.sort();
    files
}

/// Run `files` under `oracle` (`host`, `vm:4.12`...): nothing may differ
/// or fail, and each scenario it cannot run must be so for a reason
/// `allowed(path, reason, text of the scenario)` accepts. The run's output.
pub fn all_agree_or_say_why(
    oracle: &str,
    files: &[String],
    allowed: impl Fn(&str, &str, &str) -> bool,
) -> String {
    let mut args = vec!["--quiet", "--oracle", oracle];
    args.extend(files.iter().map(String::as_str));
    let (code, out) = mmrun(&args);
    assert_eq!(code, 0, "{out}");
    assert!(
        !out.contains("DIFFERS") && !out.contains("oracle failed"),
        "{out}"
    );
    for line in out.lines().filter(|l| l.contains(": not runnable here: ")) {
        let (head, why) = line.split_once(": not runnable here: ").unwrap();
        let path = head.trim_start_matches("## ");
        let text = std::fs::read_to_string(path).unwrap();
        assert!(
            allowed(path, why, &text),
            "{path} is not runnable for a reason of the oracle's: {why}"
        );
    }
    out
}

/// Whether a scenario's text has a line starting with `word`.
pub fn declares(text: &str, word: &str) -> bool {
    text.lines().any(|l| l.trim_start().starts_with(word))
}
