//! `mmrun --oracle vm:4.12`: scenarios judged by a real Linux 4.12 booted
//! in qemu. Needs qemu and the kernel (`mmrun kernels install`; .ci/run
//! installs both and sets MMRUN_VM_REQUIRED); skipped with a message where
//! they are missing, unless MMRUN_VM_REQUIRED says they must be there.

mod oracles;

use oracles::{all_agree_or_say_why, bundled_scenarios, declares, mmrun};

/// Whether the 4.12 VM can run here; in CI it must.
fn vm_ready() -> bool {
    let (_, list) = mmrun(&["kernels", "list"]);
    let ready = !list.contains("not installed");
    if !ready {
        assert!(
            std::env::var_os("MMRUN_VM_REQUIRED").is_none(),
            "qemu and the kernels were installed before the tests: {list}"
        );
        eprintln!("skipped: the VM oracle needs qemu and `mmrun kernels install`:\n{list}");
    }
    ready
}

fn temp_scenario(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("mmrun-vm-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(name);
    std::fs::write(&file, text).unwrap();
    file
}

/// The bundled scenarios `keep` selects, judged by `kernel` in VMs under its
/// own profile: none differs, and those it cannot run say why, for their
/// own reasons (a memory line, or calls that reach or weigh the probe's own
/// pages). Returns how many were compared.
fn bundled_scenarios_agree_on(kernel: &str, keep: impl Fn(&str) -> bool) -> usize {
    let files = bundled_scenarios(keep);
    let out = all_agree_or_say_why(&format!("vm:{kernel}"), &files, |_, why, text| {
        (why.starts_with("a `memory` line") && declares(text, "memory "))
            || why.starts_with("sysctl vm.overcommit_memory = 2: the commit limit is machine-wide")
            || why.contains("the probe's own")
            // vm.memfd_noexec came with 6.3.
            || (why.contains("this kernel has no such setting") && declares(text, "sysctl vm.memfd_noexec"))
    });
    let last = out.lines().last().unwrap_or_default();
    let compared: usize = last
        .split(" compared")
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(compared + 25 >= files.len(), "{last}");
    compared
}

/// Every bundled scenario whose header says 4.12 runs on the real 4.12.
#[test]
fn every_bundled_4_12_scenario_agrees_with_linux_4_12() {
    if !vm_ready() {
        return;
    }
    let is_4_12 = |text: &str| {
        !text
            .lines()
            .any(|l| l.trim_start().starts_with("kernel ") && !l.contains("\"4.12\""))
    };
    assert!(bundled_scenarios_agree_on("4.12", is_4_12) > 200);
}

/// Every bundled scenario, whatever its header, runs under the 6.1 profile
/// on Debian's 6.1.
#[test]
fn every_bundled_scenario_agrees_with_linux_6_1() {
    if !vm_ready() {
        return;
    }
    assert!(bundled_scenarios_agree_on("6.1", |_| true) > 250);
}

/// Every bundled scenario runs under the 6.12 profile on Debian's 6.12.
#[test]
fn every_bundled_scenario_agrees_with_linux_6_12() {
    if !vm_ready() {
        return;
    }
    assert!(bundled_scenarios_agree_on("6.12", |_| true) > 250);
}

/// The guest is the scenario's machine: a sysctl the host will not change
/// for a scenario is set in the VM, and the verdict names the judge.
#[test]
fn a_scenario_with_its_own_sysctls_runs_in_the_vm() {
    if !vm_ready() {
        return;
    }
    let (code, out) = mmrun(&[
        "--oracle",
        "vm:4.12",
        "scenarios/do_mmap/map-count-strict-gt.mm",
        "scenarios/do_mmap/gua-mmap-min-addr-sysctl.mm",
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("Linux 4.12 in a VM agrees with the model"),
        "{out}"
    );
    assert!(out.contains("2 compared: 2 agreeing, 0 differing"), "{out}");
}

/// Scenarios share a boot: one's sysctls and huge-page pool are undone
/// whatever became of it. A pool the guest cannot fill (not runnable) once
/// stayed behind and starved the next scenario's probe; a map-count limit
/// of 1 once left the guest unable to read the ext4 image for the world.
#[test]
fn a_scenario_leaves_the_guest_as_it_found_it() {
    if !vm_ready() {
        return;
    }
    let calls = "process a {\n    $fd = openat(AT_FDCWD, \"/data/f\", O_RDONLY) = 3\n    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, $fd, 0)\n    mmap(NULL, 4096, PROT_WRITE, MAP_PRIVATE, $fd, 0)\n    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, $fd, 0)\n}\n";
    let low = format!("kernel \"6.1\"\nsysctl vm.max_map_count = 1\nfile /data/f size=8K\n{calls}");
    let pool = format!(
        "kernel \"6.1\"\nsysctl vm.max_map_count = 1\nmemory hugepages=1000\nfile /data/f size=8K\n{calls}"
    );
    let plain = format!("kernel \"6.1\"\nfile /data/f size=8K\n{calls}");
    // One VM per core takes a run of files: each VM sees the three in turn.
    let files: Vec<_> = (0..2)
        .flat_map(|i| {
            [
                temp_scenario(&format!("low{i}.mm"), &low),
                temp_scenario(&format!("pool{i}.mm"), &pool),
                temp_scenario(&format!("plain{i}.mm"), &plain),
            ]
        })
        .collect();
    let mut args = vec!["--oracle", "vm:6.1"];
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    let (code, out) = mmrun(&args);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("4 compared: 4 agreeing, 0 differing; 2 not runnable here"),
        "{out}"
    );
    assert!(
        out.contains("memory hugepages=1000: the guest could set aside"),
        "{out}"
    );
}

/// It is 4.12 that answers: MAP_FIXED_NOREPLACE (6.18's EEXIST) means
/// nothing to it, and the 4.12 model says so too; mandatory locks, which
/// 6.18 dropped, hold in the guest (ext4 with `mand`).
#[test]
fn the_judge_is_really_4_12() {
    if !vm_ready() {
        return;
    }
    let noreplace = temp_scenario(
        "noreplace.mm",
        "kernel \"4.12\"\nprocess a {\n    $a = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ffd000\n    mmap($a, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = 0x7ffff7ffd000\n}\n",
    );
    let (code, out) = mmrun(&[
        "--oracle",
        "vm:4.12",
        noreplace.to_str().unwrap(),
        "scenarios/files/mandatory-lock-eagain.mm",
        "scenarios/files/open-immutable-eperm.mm",
    ]);
    let _ = std::fs::remove_file(&noreplace);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("3 compared: 3 agreeing, 0 differing"), "{out}");
}

/// A difference is reported as the host oracle reports one: a scenario
/// run under the 6.18 profile's expectations is not what 4.12 does, and the
/// model under `--kernel 6.18` is refused (the VM judges its own profile).
#[test]
fn the_vm_judges_its_own_profile_only() {
    if !vm_ready() {
        return;
    }
    let (code, out) = mmrun(&[
        "--oracle",
        "vm:4.12",
        "--kernel",
        "6.18",
        "scenarios/files/first-example.mm",
    ]);
    assert_ne!(code, 0, "{out}");
}

/// A machine no real system can hold is not runnable, with the reason, in
/// the VM as on the host.
#[test]
fn a_machine_no_real_system_can_hold_is_not_runnable_in_the_vm() {
    if !vm_ready() {
        return;
    }
    let call =
        "process a {\n    mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)\n}\n";
    let long = "n".repeat(300);
    let cases = [
        (
            "mount /h hugetlbfs\nfile /h/f size=4K\n".to_string(),
            "a 4096-byte file `/h/f` (hugetlbfs sizes are whole huge pages)",
        ),
        (format!("file /{long}\n"), "File name too long"),
        ("mount /m tmpfs\nfile /m\n".to_string(), "`/m`: File exists"),
    ];
    let files: Vec<_> = cases
        .iter()
        .enumerate()
        .map(|(i, (machine, _))| {
            temp_scenario(
                &format!("w{i}.mm"),
                &format!("kernel \"4.12\"\n{machine}{call}"),
            )
        })
        .collect();
    let mut args = vec!["--oracle", "vm:4.12"];
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    let (code, out) = mmrun(&args);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("3 not runnable here (3 for machine declarations)"),
        "{out}"
    );
    for (_, why) in cases {
        assert!(
            out.lines().any(|l| l
                .contains("not runnable here: its machine cannot exist on a real system: ")
                && l.contains(why)),
            "{why}: {out}"
        );
    }
}

/// `mmrun fuzz --oracle vm:KERNEL`: generated scenarios (some with sysctls
/// of their own) judged by each kernel in VMs.
#[test]
fn fuzzing_against_each_kernel_finds_no_difference() {
    if !vm_ready() {
        return;
    }
    for kernel in ["vm:4.12", "vm:6.1", "vm:6.12"] {
        fuzz_finds_no_difference(kernel);
    }
}

fn fuzz_finds_no_difference(oracle: &str) {
    let out_dir = std::env::temp_dir().join(format!("mmrun-vm-fuzz-{}", std::process::id()));
    let (code, out) = mmrun(&[
        "fuzz",
        "--oracle",
        oracle,
        "--seed",
        "11",
        "--count",
        "60",
        "--out",
        out_dir.to_str().expect("utf-8 temp dir"),
    ]);
    let _ = std::fs::remove_dir_all(&out_dir);
    assert_eq!(code, 0, "{out}");
    let last = out.lines().last().unwrap_or_default();
    assert!(last.starts_with("60 generated: "), "{out}");
    assert!(last.contains(" 0 differing"), "{out}");
}
