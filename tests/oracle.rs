//! `mmrun --oracle host`: a few small scenarios run on the running kernel
//! must agree with the model. Needs root (mount namespaces, device nodes,
//! credentials) and the probe built by build.rs; skipped otherwise.

use std::process::Command;

fn mmrun(args: &[&str]) -> (i32, String) {
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

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status").is_ok_and(|s| {
        s.lines()
            .find_map(|l| l.strip_prefix("Uid:"))
            .and_then(|v| v.split_whitespace().nth(1))
            == Some("0")
    })
}

#[test]
fn small_scenarios_agree_with_the_host() {
    if !is_root() {
        eprintln!("skipped: the host oracle needs root");
        return;
    }
    let (code, out) = mmrun(&[
        "--oracle",
        "host",
        "scenarios/files/first-example.mm",
        "scenarios/processes/interleaved-blocks.mm",
        "scenarios/v6.18/fixed-noreplace-eexist.mm",
        "scenarios/limits/rlimit-data-enomem.mm",
        "scenarios/files/open-erofs.mm",
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("5 compared: 5 agreeing, 0 differing"), "{out}");
}

#[test]
fn scenarios_this_machine_cannot_run_say_why() {
    if !is_root() {
        eprintln!("skipped: the host oracle needs root");
        return;
    }
    let (code, out) = mmrun(&[
        "--oracle",
        "host",
        "scenarios/do_mmap/map-count-strict-gt.mm",
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("not runnable here: sysctl vm.max_map_count = 3, but this machine has"),
        "{out}"
    );
    assert!(
        out.contains("0 compared: 0 agreeing, 0 differing; 1 not runnable here (1 for sysctls)"),
        "{out}"
    );
}

#[test]
fn fuzzing_a_few_generated_scenarios_finds_no_difference() {
    if !is_root() {
        eprintln!("skipped: the host oracle needs root");
        return;
    }
    let out_dir = std::env::temp_dir().join(format!("mmrun-fuzz-test-{}", std::process::id()));
    let (code, out) = mmrun(&[
        "fuzz",
        "--oracle",
        "host",
        "--seed",
        "7",
        "--count",
        "40",
        "--out",
        out_dir.to_str().expect("utf-8 temp dir"),
    ]);
    let _ = std::fs::remove_dir_all(&out_dir);
    assert_eq!(code, 0, "{out}");
    let last = out.lines().last().unwrap_or_default();
    assert!(last.starts_with("40 generated: "), "{out}");
    assert!(last.contains(" 0 differing"), "{out}");
}
