//! `mmrun --oracle host`: a few small scenarios run on the running kernel
//! must agree with the model. Needs root (mount namespaces, device nodes,
//! credentials) and the probe built by build.rs; skipped otherwise.

mod oracles;

use oracles::{all_agree_or_say_why, bundled_scenarios, declares, mmrun};

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

/// Whether this machine's capability bounding set has a capability.
fn host_has_cap(bit: u32) -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("CapBnd:"))
                .and_then(|v| u64::from_str_radix(v.trim(), 16).ok())
        })
        .is_some_and(|set| set & (1 << bit) != 0)
}

const CAP_SYS_RESOURCE: u32 = 24;

#[test]
fn every_bundled_scenario_agrees_or_says_why_it_cannot_run_here() {
    if !is_root() {
        eprintln!("skipped: the host oracle needs root");
        return;
    }
    let files = bundled_scenarios(|_| true);
    // Scenarios this machine cannot run must say why, and only for reasons
    // that are theirs (global settings, memory) or this machine's.
    all_agree_or_say_why("host", &files, |path, why, text| {
        (why.starts_with("sysctl ") && declares(text, "sysctl "))
            || (why.starts_with("a `memory` line") && declares(text, "memory "))
            || (why.contains("CAP_SYS_RESOURCE") && !host_has_cap(CAP_SYS_RESOURCE))
            // An LA57 machine where this one runs 4-level paging.
            || (why.starts_with("`arch x86_64 la57`") && declares(text, "arch x86_64 la57"))
            // munmap of [0, TASK_SIZE - 4096) would unmap the probe itself.
            || (path.ends_with("munmap/range-beyond-task-size-einval.mm")
                && why.contains("the probe's own pages"))
    });
}

#[test]
fn a_capability_this_machine_withholds_makes_a_scenario_not_runnable_with_the_reason() {
    if !is_root() {
        eprintln!("skipped: the host oracle needs root");
        return;
    }
    let dir = std::env::temp_dir().join(format!("mmrun-oracle-caps-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("raise.mm");
    // A root process raising its hard limit consults CAP_SYS_RESOURCE
    // (kernel/sys.c do_prlimit).
    std::fs::write(
        &file,
        "kernel \"6.18\"\nprocess a {\n    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)\n    setrlimit(RLIMIT_MEMLOCK, {rlim_cur=1G, rlim_max=1G})\n}\n",
    )
    .unwrap();
    let (code, out) = mmrun(&["--oracle", "host", file.to_str().unwrap()]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, 0, "{out}");
    if host_has_cap(CAP_SYS_RESOURCE) {
        assert!(out.contains("the host agrees with the model"), "{out}");
    } else {
        assert!(
            out.contains("not runnable here: line 4: the answer to `setrlimit(RLIMIT_MEMLOCK, {rlim_cur=1048576*1024, rlim_max=1048576*1024})` depends on CAP_SYS_RESOURCE, which this machine's capability bounding set lacks"),
            "{out}"
        );
    }
}

#[test]
fn a_machine_no_real_system_can_hold_is_not_runnable_with_the_reason() {
    if !is_root() {
        eprintln!("skipped: the host oracle needs root");
        return;
    }
    let dir = std::env::temp_dir().join(format!("mmrun-oracle-worlds-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let long = "n".repeat(300);
    let cases = [
        (
            "mount /h hugetlbfs\nfile /h/f size=4K\n",
            "a 4096-byte file `/h/f` (hugetlbfs sizes are whole huge pages)",
        ),
        (&*format!("file /{long}\n"), "File name too long"),
        ("mount /m tmpfs\nfile /m\n", "open `/m`: Is a directory"),
    ];
    for (i, (machine, why)) in cases.iter().enumerate() {
        let file = dir.join(format!("w{i}.mm"));
        std::fs::write(
            &file,
            format!("kernel \"6.18\"\n{machine}process p {{\n    munmap(NULL, 4096)\n}}\n"),
        )
        .unwrap();
        let (code, out) = mmrun(&["--oracle", "host", file.to_str().unwrap()]);
        assert_eq!(code, 0, "{out}");
        assert!(
            out.contains("not runnable here: its machine cannot exist on a real system")
                && out.contains(why),
            "{machine}: {out}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
