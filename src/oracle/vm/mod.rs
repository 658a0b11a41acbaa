//! `--oracle vm:KERNEL`: scenarios judged by a real kernel in a throw-away
//! virtual machine. The host packs mmrun itself (with the libraries it
//! loads), the scenarios and nothing else into an initramfs
//! ([`cpio`]), boots the kernel ([`kernels`]) under qemu with mmrun as
//! init, and reads one report per scenario from the console. Inside, mmrun
//! runs each scenario as `--oracle host` does on the host ([`guest`]), but
//! in a world built with the classic system calls under a directory the
//! probes chroot into ([`guest_tree`]), with the scenario's sysctls set: the
//! guest is the scenario's machine.

pub mod cpio;
pub mod ext4;
pub mod guest;
pub mod guest_tree;
pub mod kernels;

use super::world::{FsKind, NodeKind, WorldSpec};
use super::{Kind, Reason, Report, Verdict};
use kernels::VmKernel;
use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What starts each report line on the guest's console.
pub const REPORT_MARK: &str = "@@mmrun-oracle-report ";

/// What a world needs that this guest cannot give, asked inside the guest:
/// ext4 and FS flags need a kernel built with ext4 and loop devices (the
/// kernel `mmrun kernels install` builds); without them the root is a tmpfs.
pub fn unsupported(spec: &WorldSpec) -> Vec<Reason> {
    let mut why = Vec::new();
    if ext4::available() {
        return why;
    }
    if spec.mounts[1..].iter().any(|m| m.fs == FsKind::Ext4) {
        why.push(Reason::environment(
            "an ext4 mount: the VM's kernel has no ext4 or loop devices (its root is a tmpfs; `mmrun kernels install` builds one that has)",
        ));
    }
    if spec
        .nodes
        .iter()
        .any(|n| matches!(n.kind, NodeKind::File(a) if a.append || a.immutable))
    {
        why.push(Reason::environment(
            "an append-only or immutable file: the VM's kernel has no ext4 and its tmpfs has no FS flags",
        ));
    }
    why
}

/// Why VMs cannot run here, if they cannot.
pub fn unavailable(kernel: VmKernel) -> Option<String> {
    if kernels::qemu().is_none() {
        return Some(
            "qemu-system-x86_64 is not installed (apt-get install qemu-system-x86)".into(),
        );
    }
    if !kernel.installed() {
        return Some(format!(
            "the {} kernel is not installed: run `mmrun kernels install`",
            kernel.name()
        ));
    }
    None
}

/// The files a dynamically linked mmrun needs in the guest: itself, its
/// libraries (under /lib) and the dynamic loader, as this process maps them.
fn runtime() -> Result<Vec<(String, Vec<u8>)>, String> {
    let exe = std::fs::read("/proc/self/exe").map_err(|e| format!("mmrun itself: {e}"))?;
    let mut files = vec![("/mmrun".to_string(), exe)];
    let maps = std::fs::read_to_string("/proc/self/maps").map_err(|e| e.to_string())?;
    let mut seen = std::collections::BTreeSet::new();
    for path in maps.lines().filter_map(|l| l.split_whitespace().nth(5)) {
        let base = path.rsplit('/').next().unwrap_or(path);
        if !base.contains(".so") || !seen.insert(path.to_string()) {
            continue;
        }
        let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
        let at = if base.starts_with("ld-linux") {
            format!("/lib64/{base}")
        } else {
            format!("/lib/{base}")
        };
        files.push((at, bytes));
    }
    Ok(files)
}

/// Run `scenarios` (name, source) in one VM booted from `kernel`; a report
/// for each, in order.
pub fn check_batch(kernel: VmKernel, scenarios: &[(String, String)]) -> Vec<Report> {
    // An LA57 machine is a VM of its own: the CPU gets la57, and a kernel
    // with 5-level paging uses it. The rest keep 4-level paging. Reports
    // come back in the scenarios' order.
    let la57: Vec<bool> = scenarios.iter().map(|s| declares_la57(&s.1)).collect();
    if la57.iter().any(|&l| l) {
        let mut reports: Vec<Option<Report>> = vec![None; scenarios.len()];
        for wanted in [false, true] {
            let idx: Vec<usize> = (0..scenarios.len())
                .filter(|&i| la57[i] == wanted)
                .collect();
            if idx.is_empty() {
                continue;
            }
            let batch: Vec<(String, String)> = idx.iter().map(|&i| scenarios[i].clone()).collect();
            let got = check_batch_on(kernel, &batch, wanted);
            for (i, r) in idx.into_iter().zip(got) {
                reports[i] = Some(r);
            }
        }
        return reports.into_iter().map(Option::unwrap_or_default).collect();
    }
    check_batch_on(kernel, scenarios, false)
}

/// Whether a scenario's `arch` line names la57 (read from its text, as
/// the batch is packed).
fn declares_la57(source: &str) -> bool {
    source.lines().any(|l| {
        let mut words = l.split_whitespace();
        words.next() == Some("arch") && words.any(|w| w == "la57")
    })
}

/// The batch on `kernel`, with an LA57 CPU or without.
fn check_batch_on(kernel: VmKernel, scenarios: &[(String, String)], la57: bool) -> Vec<Report> {
    if kernel.ipc_namespaces() {
        return check_boot(kernel, scenarios, la57);
    }
    let uses_shm: Vec<bool> = scenarios.iter().map(|s| s.1.contains("shmget")).collect();
    boots_without_ipc_namespaces(&uses_shm)
        .into_iter()
        .flat_map(|r| check_boot(kernel, &scenarios[r], la57))
        .collect()
}

/// Without IPC namespaces a boot gives SysV shared memory fresh (ids from
/// 0, no segments) to one scenario only: each that may use it (known by
/// its text, `uses_shm`: a mention of shmget in a comment costs a boot,
/// not an answer) starts a boot of its own. The boots, as ranges in order.
fn boots_without_ipc_namespaces(uses_shm: &[bool]) -> Vec<std::ops::Range<usize>> {
    let mut boots = Vec::new();
    let mut start = 0;
    while start < uses_shm.len() {
        let mut end = start + 1;
        let mut shm = uses_shm[start];
        while end < uses_shm.len() && !(shm && uses_shm[end]) {
            shm |= uses_shm[end];
            end += 1;
        }
        boots.push(start..end);
        start = end;
    }
    boots
}

/// One boot of `kernel` judging `scenarios` in turn.
fn check_boot(kernel: VmKernel, scenarios: &[(String, String)], la57: bool) -> Vec<Report> {
    let failed = |why: String| -> Vec<Report> {
        scenarios
            .iter()
            .map(|_| Report {
                verdict: Verdict::Failed(why.clone()),
                ..Report::default()
            })
            .collect()
    };
    if let Some(why) = unavailable(kernel) {
        return failed(why);
    }
    let mut archive = cpio::Cpio::new();
    for d in [
        "/proc",
        "/dev",
        "/lib",
        "/lib64",
        "/lib/modules",
        "/batch",
        "/w",
        "/tmp",
        "/img",
    ] {
        archive.dir(d);
    }
    // A kernel with the loop driver as a module (Debian's) gets it along.
    if let Ok(module) = std::fs::read(kernel.loop_module()) {
        archive.file(guest::LOOP_MODULE, 0o644, &module);
    }
    // The empty ext4 filesystem every ext4 mount starts from (without
    // mkfs.ext4 on the host, the guest's root is a tmpfs and ext4 mounts
    // are not runnable).
    static IMAGE: std::sync::OnceLock<Option<Vec<u8>>> = std::sync::OnceLock::new();
    let image = IMAGE.get_or_init(|| {
        // Said once, with the reason: without it every ext4 scenario is
        // "not runnable" with no word of why.
        ext4::pack()
            .or_else(|_| ext4::pack())
            .map_err(|e| {
                eprintln!("mmrun: warning: the VMs' ext4 image could not be made ({e}); ext4 mounts and FS flags are not runnable");
            })
            .ok()
    });
    if let Some(image) = image {
        archive.file(ext4::TEMPLATE, 0o644, image);
    }
    match runtime() {
        Ok(files) => {
            for (path, bytes) in files {
                archive.file(&path, 0o755, &bytes);
            }
        }
        Err(e) => return failed(format!("packing mmrun for the VM: {e}")),
    }
    let mut list = String::new();
    for (i, (name, source)) in scenarios.iter().enumerate() {
        archive.file(&format!("/batch/{i}.mm"), 0o644, source.as_bytes());
        list.push_str(&name.replace('\n', " "));
        list.push('\n');
    }
    archive.file("/batch/list", 0o644, list.as_bytes());
    // The initramfs lives in a memfd qemu reads as /proc/self/fd/3: nothing
    // is written to any filesystem of the host (a predictable name in /tmp
    // could be a planted symlink, and mmrun often runs as root).
    let initrd = match initramfs(archive.finish()) {
        Ok(fd) => fd,
        Err(e) => return failed(format!("the initramfs: {e}")),
    };
    let console = boot(kernel, initrd, scenarios.len(), la57);
    let console = match console {
        Ok(c) => c,
        Err(e) => return failed(e),
    };
    // For whoever debugs the guest: its whole console.
    if std::env::var_os("MMRUN_VM_CONSOLE").is_some() {
        eprintln!("{console}");
    }
    let mut reports: Vec<Report> = console
        .lines()
        .filter_map(|l| l.split_once(REPORT_MARK).map(|(_, json)| json))
        .map(|json| {
            serde_json::from_str(json.trim()).unwrap_or_else(|e| Report {
                verdict: Verdict::Failed(format!("a report the host cannot read: {e}")),
                ..Report::default()
            })
        })
        .collect();
    if reports.len() < scenarios.len() {
        let tail: Vec<&str> = console.lines().rev().take(5).collect();
        // The guest's own last words, when mmrun (its init) panicked or
        // the kernel did: the lines that say why, before the register dump.
        let cause: Vec<&str> = console
            .lines()
            .filter(|l| {
                l.contains("panicked at")
                    || l.contains("Kernel panic")
                    || l.contains("BUG:")
                    || l.contains("Oops")
            })
            .take(4)
            .collect();
        let why = format!(
            "the VM stopped before this scenario;{} its console ended: {}",
            if cause.is_empty() {
                String::new()
            } else {
                format!(" it said: {};", cause.join(" | "))
            },
            tail.into_iter().rev().collect::<Vec<_>>().join(" | ")
        );
        while reports.len() < scenarios.len() {
            reports.push(Report {
                verdict: Verdict::Failed(why.clone()),
                ..Report::default()
            });
        }
    }
    reports.truncate(scenarios.len());
    reports
}

/// The archive in a memfd.
fn initramfs(bytes: Vec<u8>) -> std::io::Result<std::os::fd::OwnedFd> {
    use std::io::Write;
    let fd = super::sys::memfd(c"mmrun-initramfs", false)?;
    let mut file = std::fs::File::from(fd);
    file.write_all(&bytes)?;
    Ok(file.into())
}

/// Boot `kernel` with the initramfs in `initrd` and return its console,
/// killing qemu past a deadline that grows with the batch (and when mmrun
/// dies: PR_SET_PDEATHSIG).
fn boot(
    kernel: VmKernel,
    initrd: std::os::fd::OwnedFd,
    n: usize,
    la57: bool,
) -> Result<String, String> {
    use std::os::fd::AsRawFd;
    use std::os::unix::process::CommandExt;
    let qemu = kernels::qemu().ok_or("qemu-system-x86_64 is not installed")?;
    let kvm = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/kvm")
        .is_ok()
        && std::fs::read_to_string("/proc/cpuinfo")
            .is_ok_and(|c| c.contains(" vmx") || c.contains(" svm"));
    let mut cmd = Command::new(qemu);
    // The CPU has 1 GiB pages and the kernel a 1 GiB hstate (with no pages),
    // as the model's machine and most x86-64 servers have: without them
    // MAP_HUGE_1GB is EINVAL before any other check.
    cmd.args(["-m", "1G", "-nographic", "-no-reboot", "-nic", "none"])
        // An LA57 machine's CPU has 5-level paging (qemu's TCG has it too).
        .args(["-cpu", if la57 { "qemu64,+pdpe1gb,+la57" } else { "qemu64,+pdpe1gb" }])
        .arg("-kernel")
        .arg(kernel.image())
        .args(["-initrd", "/proc/self/fd/3"])
        .arg("-append")
        .arg(format!(
            "console=ttyS0 norandmaps panic=-1 quiet hugepagesz=1G rdinit=/mmrun LD_LIBRARY_PATH=/lib -- __vm-guest {}",
            kernel.name()
        ))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    if kvm {
        cmd.args(["-accel", "kvm"]);
    }
    let raw = initrd.as_raw_fd();
    // SAFETY: dup2, fcntl and prctl are async-signal-safe; `initrd`
    // outlives the spawn. dup2 leaves the new descriptor without
    // FD_CLOEXEC; if the memfd already is descriptor 3, dup2 would change
    // nothing, so its FD_CLOEXEC is cleared instead.
    unsafe {
        cmd.pre_exec(move || {
            let moved = if raw == 3 {
                libc::fcntl(3, libc::F_SETFD, 0)
            } else {
                libc::dup2(raw, 3)
            };
            if moved < 0 || libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong) < 0
            {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let child = cmd.spawn();
    drop(initrd);
    let mut child = child.map_err(|e| format!("starting qemu: {e}"))?;
    let mut stdout = child.stdout.take().ok_or("qemu's console")?;
    let reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stdout.read_to_end(&mut s);
        String::from_utf8_lossy(&s).into_owned()
    });
    let deadline = Instant::now() + Duration::from_secs(60 + 10 * n as u64);
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(20));
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                break;
            }
        }
    }
    reader
        .join()
        .map_err(|_| "reading qemu's console".to_string())
}

/// The reports' kind of a scenario the VM could not run at all.
pub fn not_runnable(why: &str) -> Report {
    Report {
        verdict: Verdict::NotRunnable(vec![Reason::new(Kind::Environment, why)]),
        ..Report::default()
    }
}

#[cfg(test)]
mod tests {
    use super::boots_without_ipc_namespaces as boots;

    #[test]
    fn each_boot_has_one_scenario_with_sysv_shared_memory_at_most() {
        assert_eq!(boots(&[]), []);
        assert_eq!(boots(&[false, false, false]), vec![(0..3)]);
        assert_eq!(boots(&[true, true]), [0..1, 1..2]);
        assert_eq!(
            boots(&[false, true, false, true, true, false]),
            [0..3, 3..4, 4..6]
        );
    }
}
