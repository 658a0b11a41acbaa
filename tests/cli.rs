//! The command line as a user meets it: exit statuses, the summary line,
//! JSON records, quiet mode, colour.

use std::process::Command;

fn mmrun(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_mmrun"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("mmrun runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const GOOD: &str = "scenarios/files/first-example.mm";

#[test]
fn passing_scenario_exits_0() {
    let (code, out, _) = mmrun(&[GOOD]);
    assert_eq!(code, 0);
    assert!(out.contains("= -1 EACCES (Permission denied)"));
    assert!(out.contains("#   refused by do_mmap (mm/mmap.c:1392)"));
}

#[test]
fn failed_expectation_exits_1_with_a_diagnostic_on_its_span() {
    let (code, _, err) = mmrun(&["tests/cli/wrong-expectation.mm"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("expected `= 0x7ffff7ffe000`, but the model returned `= -1 EACCES`"),
        "{err}"
    );
    assert!(err.contains("wrong-expectation.mm:5:"), "{err}");
    assert!(
        err.contains("do_mmap.shared_write_needs_fmode_write"),
        "{err}"
    );
    assert!(!err.contains('\u{1b}'), "NO_COLOR: no escape codes");
}

#[test]
fn smaps_block_compares_the_fields_the_model_computes() {
    let (code, _, err) = mmrun(&["tests/cli/smaps-expectations.mm"]);
    assert_eq!(code, 1, "{err}");
    // Only the second block fails, on its two compared fields.
    assert!(err.contains("smaps-expectations.mm:19:"), "{err}");
    assert!(!err.contains("smaps-expectations.mm:7:"), "{err}");
    assert!(err.contains("- Rss: 12 kB"), "{err}");
    assert!(err.contains("+ Rss: 8 kB"), "{err}");
    assert!(err.contains("+ VmFlags: rd wr mr mw me ac"), "{err}");
    assert!(err.contains("(1 VMA expected, 1 produced)"), "{err}");
}

#[test]
fn an_rss_line_the_model_does_not_know_fails_saying_so() {
    let (code, _, err) = mmrun(&["tests/cli/rss-not-known.mm"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("rss-not-known.mm:7:"), "{err}");
    assert!(!err.contains("rss-not-known.mm:8:"), "{err}");
    assert!(
        err.contains("VmRSS: expected 4, which the model does not know"),
        "{err}"
    );
    assert!(!err.contains("VmSize: expected"), "{err}");
}

#[test]
fn smaps_block_field_names_are_checked() {
    let (code, _, err) = mmrun(&["tests/cli/smaps-field-typo.mm"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("`Rss:` before any maps line"), "{err}");
    assert!(err.contains("unknown smaps field `Anonymuos`"), "{err}");
    assert!(err.contains("did you mean `Anonymous`?"), "{err}");
}

#[test]
fn scenario_error_exits_2_with_a_hint() {
    let (code, _, err) = mmrun(&["tests/cli/typo.mm"]);
    assert_eq!(code, 2);
    assert!(err.contains("PROT_RAED"), "{err}");
    assert!(
        err.contains("PROT_READ"),
        "the nearest name is suggested: {err}"
    );
}

#[test]
fn bad_usage_exits_64() {
    assert_eq!(mmrun(&[]).0, 64);
    assert_eq!(mmrun(&["--format", "xml", GOOD]).0, 64);
    assert_eq!(mmrun(&["--kernel", "9.99", GOOD]).0, 64);
    assert_eq!(mmrun(&["--help"]).0, 0);
}

#[test]
fn several_files_end_with_the_summary() {
    let (code, out, _) = mmrun(&[GOOD, "tests/cli/wrong-expectation.mm"]);
    assert_eq!(code, 1);
    assert_eq!(out.lines().last(), Some("1 passed, 1 failed"));
}

#[test]
fn quiet_prints_only_the_summary_for_passing_files() {
    let (code, out, _) = mmrun(&["--quiet", GOOD]);
    assert_eq!(code, 0);
    assert_eq!(out.trim(), "1 passed, 0 failed");
}

#[test]
fn json_has_one_record_per_call_with_the_check_and_the_vmas() {
    let (code, out, _) = mmrun(&["--format", "json", GOOD]);
    assert_eq!(code, 0);
    let records: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    let calls: Vec<_> = records.iter().filter(|r| r["kind"] == "call").collect();
    assert_eq!(calls.len(), 6);
    assert_eq!(calls[1]["errno"], "EACCES");
    assert_eq!(
        calls[1]["check"]["id"],
        "do_mmap.shared_write_needs_fmode_write"
    );
    let cited = &calls[1]["check"]["citation"];
    assert_eq!(cited["function"], "do_mmap");
    assert_eq!(cited["file"], "mm/mmap.c");
    assert_eq!(cited["line"], 1392);
    assert_eq!(cited["kernel"], "4.12");
    // 64-bit values are hex strings: JSON readers keep them exactly.
    assert_eq!(calls[2]["return"], "0x7ffff7ffd000");
    assert_eq!(calls[2]["result"], "0x7ffff7ffd000");
    assert_eq!(calls[2]["args"][1], "0x2000");
    assert_eq!(calls[2]["vmas"][0]["name"], "/data/ro.bin");
    assert!(records.iter().any(|r| r["kind"] == "maps"));
}

#[test]
fn explain_shows_the_way_through_the_kernel() {
    let (_, out, _) = mmrun(&["--explain", GOOD]);
    for f in [
        "sys_mmap:",
        "sys_mmap_pgoff:",
        "get_unmapped_area:",
        "unmapped_area_topdown:",
        "mmap_region:",
        "vma_merge:",
    ] {
        assert!(out.contains(f), "--explain mentions {f}");
    }
}

#[test]
fn two_kernels_side_by_side() {
    let (code, out, _) = mmrun(&["--kernel", "4.12,6.18", "tests/cli/two-kernels.mm"]);
    assert_eq!(code, 0);
    assert!(out.contains("4.12 and 6.18 differ"), "{out}");
    // THP alignment in 6.18, the plain top-down slot in 4.12.
    assert!(out.contains("4.12: = 0x7ffff7dff000"), "{out}");
    assert!(out.contains("6.18: = 0x7ffff7c00000"), "{out}");
    // MAP_FIXED_NOREPLACE is only a hint to 4.12.
    assert!(out.contains("6.18: = -1 EEXIST (File exists)"), "{out}");
}

#[test]
fn input_that_is_not_utf8_or_too_large_gets_a_diagnostic() {
    let dir = std::env::temp_dir().join(format!("mmrun-cli-bytes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("latin1.mm");
    std::fs::write(&bad, b"process a {\n    open(\"/caf\xe9\", O_RDONLY)\n}\n").unwrap();
    let (code, _, err) = mmrun(&[bad.to_str().unwrap()]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("byte 26 is not UTF-8 (0xe9)"), "{err}");
    assert!(err.contains("latin1.mm:2:15]"), "{err}");
    // An endless file is read up to the limit, not until memory runs out.
    let (code, _, err) = mmrun(&["/dev/zero"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("the file goes on past 256 MiB"), "{err}");
    assert!(
        err.len() < 2000,
        "a compact diagnostic, not the file: {} bytes",
        err.len()
    );
}

#[test]
fn a_huge_maps_block_that_differs_gets_a_compact_diagnostic() {
    let dir = std::env::temp_dir().join(format!("mmrun-cli-maps-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let lines: String = (0..100_000u64)
        .map(|i| {
            format!(
                "        {:x}-{:x} rw-p 00000000\n",
                0x1000_0000_0000 + i * 0x2000,
                0x1000_0000_1000 + i * 0x2000
            )
        })
        .collect();
    let file = dir.join("maps.mm");
    std::fs::write(
        &file,
        format!("process a {{\n    maps {{\n{lines}    }}\n}}\n"),
    )
    .unwrap();
    let (code, _, err) = mmrun(&[file.to_str().unwrap()]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("100000 of 100000 lines differing"), "{err}");
    assert!(err.contains("... and 99988 more differing"), "{err}");
    assert!(
        err.len() < 4000,
        "a compact diagnostic: {} bytes",
        err.len()
    );
}
