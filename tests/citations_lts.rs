//! The places 6.1 and 6.12 make each check (`engine::checks_lts`): every
//! row of the catalogue has one, and, where the trees are at hand
//! (`$MMRUN_LINUX_6_1` and `$MMRUN_LINUX_6_12`: Debian's linux-source-6.1
//! and linux-source-6.12, unpacked), each cited function is defined in the
//! cited file of that tree. Without the trees that second test says so and
//! passes; `MMRUN_REQUIRE_LTS_SOURCES` makes it fail instead.

use mmrun::engine::checks;
use mmrun::engine::checks_lts::PLACES_6_1_6_12;
use std::path::Path;

#[test]
fn every_check_has_a_place_in_6_1_and_6_12() {
    for c in checks::ALL {
        assert!(
            PLACES_6_1_6_12.iter().any(|r| r.0 == c.id && r.1 == c.func),
            "{} ({}) has no row in engine/checks_lts.rs",
            c.id,
            c.func
        );
    }
    for r in PLACES_6_1_6_12 {
        assert!(
            checks::ALL.iter().any(|c| c.id == r.0 && c.func == r.1),
            "checks_lts.rs names {} ({}), which is no check",
            r.0,
            r.1
        );
    }
}

/// Whether `file` defines `function` (a C definition at the start of a
/// line, or SYSCALL_DEFINEn(name, ...) for sys_name and name).
fn defines(text: &str, function: &str) -> bool {
    let syscall = function.strip_prefix("sys_").unwrap_or(function);
    let lines: Vec<&str> = text.lines().collect();
    lines.iter().enumerate().any(|(i, l)| {
        if l.starts_with("SYSCALL_DEFINE") {
            return l.split_once('(').is_some_and(|(_, rest)| {
                rest.trim_start().starts_with(&format!("{syscall},"))
                    || rest.trim_start().starts_with(&format!("{syscall})"))
            });
        }
        let starts = !l.starts_with([' ', '\t', '#', '/', '*', '}']) && !l.is_empty();
        let Some(at) = l.find(&format!("{function}(")) else {
            return false;
        };
        let before = &l[..at];
        let named = before.is_empty() || before.ends_with([' ', '*', '\t']);
        // A definition's parameter list closes before an opening brace,
        // not a semicolon.
        let tail: String = lines[i..lines.len().min(i + 12)].join("\n");
        let body = tail.find('{');
        let semi = tail.find(';');
        starts && named && body.is_some_and(|b| semi.is_none_or(|s| b < s))
    })
}

#[test]
fn every_place_is_in_its_tree() {
    let trees = [
        ("6.1", std::env::var_os("MMRUN_LINUX_6_1"), 2usize),
        ("6.12", std::env::var_os("MMRUN_LINUX_6_12"), 4usize),
    ];
    let mut checked = 0;
    for (name, tree, col) in trees {
        let Some(tree) = tree else {
            continue;
        };
        for r in PLACES_6_1_6_12 {
            let cols = [r.0, r.1, r.2, r.3, r.4, r.5];
            let (function, file) = (cols[col], cols[col + 1]);
            if function.is_empty() {
                continue;
            }
            let path = Path::new(&tree).join(file);
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{name}: {}: {e}", path.display()));
            assert!(
                defines(&text, function),
                "{name}: {file} does not define {function} (row {})",
                r.0
            );
            checked += 1;
        }
    }
    if checked == 0 {
        assert!(
            std::env::var_os("MMRUN_REQUIRE_LTS_SOURCES").is_none(),
            "MMRUN_LINUX_6_1 and MMRUN_LINUX_6_12 must name the trees"
        );
        eprintln!("skipped: set MMRUN_LINUX_6_1 and MMRUN_LINUX_6_12 to check the places");
    }
}

#[test]
fn a_function_the_tree_does_not_define_is_caught() {
    let text = "static int shmem_acct_blocks(unsigned long flags, long pages)\n{\n\treturn 0;\n}\nint f(void);\n";
    assert!(defines(text, "shmem_acct_blocks"));
    assert!(!defines(text, "shmem_acct_block"));
    assert!(!defines(text, "f"));
    assert!(defines(
        "SYSCALL_DEFINE5(mremap, unsigned long, addr,\n{\n",
        "mremap"
    ));
    assert!(defines(
        "SYSCALL_DEFINE6(mmap, unsigned long, addr,\n{\n",
        "sys_mmap"
    ));
}
