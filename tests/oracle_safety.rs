//! The host oracle against hostile scenario files: whatever a scenario
//! declares or calls, and whatever signal ends the run, the machine that
//! checks it must be unchanged afterwards. Each test takes a snapshot of
//! the host (canary files with their content, mode, owner and FS flags; the
//! root namespace's mount table; the listings of /tmp, /dev/shm and
//! /var/tmp; the oracle's processes; the loop devices in use), runs mmrun
//! with `--oracle host`, and compares. Needs root; skipped otherwise. The
//! tests run one at a time (they read machine-wide state).

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status").is_ok_and(|s| {
        s.lines()
            .find_map(|l| l.strip_prefix("Uid:"))
            .and_then(|v| v.split_whitespace().nth(1))
            == Some("0")
    })
}

fn mmrun() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mmrun"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

/// A directory of canary files on the host's /tmp, removed on drop.
struct Canaries {
    dir: PathBuf,
}

const FS_IOC_GETFLAGS: libc::c_ulong = 0x8008_6601;
const FS_IOC_SETFLAGS: libc::c_ulong = 0x4008_6602;

fn fs_flags(p: &Path) -> i32 {
    let Ok(f) = std::fs::File::open(p) else {
        return -1;
    };
    let mut flags: libc::c_int = 0;
    // SAFETY: the ioctl writes one int into `flags`.
    let r = unsafe {
        libc::ioctl(
            std::os::fd::AsRawFd::as_raw_fd(&f),
            FS_IOC_GETFLAGS,
            &mut flags,
        )
    };
    if r == 0 { flags } else { -1 }
}

fn set_fs_flags(p: &Path, flags: i32) {
    if let Ok(f) = std::fs::File::open(p) {
        // SAFETY: the ioctl reads one int from `flags`.
        unsafe { libc::ioctl(std::os::fd::AsRawFd::as_raw_fd(&f), FS_IOC_SETFLAGS, &flags) };
    }
}

impl Canaries {
    fn new(tag: &str) -> Canaries {
        let dir = PathBuf::from(format!("/tmp/mmrun-canary-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        for (name, mode) in [("victim", 0o600), ("plain", 0o644), ("flagged", 0o644)] {
            let p = dir.join(name);
            std::fs::write(&p, format!("canary {name}\n")).unwrap();
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).unwrap();
        }
        Canaries { dir }
    }

    /// Every canary's content, mode, owner and FS flags, and the directory's listing.
    fn state(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&self.dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
            .iter()
            .map(|n| {
                let p = self.dir.join(n);
                let m = std::fs::symlink_metadata(&p).unwrap();
                format!(
                    "{n} mode={:o} owner={}:{} flags={:#x} content={:?}",
                    m.mode(),
                    m.uid(),
                    m.gid(),
                    fs_flags(&p),
                    std::fs::read_to_string(&p).unwrap_or_default()
                )
            })
            .collect()
    }
}

impl Drop for Canaries {
    fn drop(&mut self) {
        for e in std::fs::read_dir(&self.dir).into_iter().flatten().flatten() {
            set_fs_flags(&e.path(), 0);
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// What an oracle run must leave as it found it.
#[derive(Debug, PartialEq, Eq)]
struct HostState {
    mounts: String,
    listings: Vec<(String, Vec<String>)>,
    loops: Vec<String>,
    /// The SysV segments of this IPC namespace, and the settings the
    /// oracle writes in namespaces of its own (kernel.shm*, vm.memfd_noexec).
    sysv_shm: String,
    ns_settings: Vec<String>,
}

fn listing(dir: &str) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// Loop devices in use, with their backing files.
fn loops() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir("/sys/block")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            let b = std::fs::read_to_string(e.path().join("loop/backing_file")).ok()?;
            Some(format!("{n}: {}", b.trim()))
        })
        .collect();
    v.sort();
    v
}

fn host_state() -> HostState {
    HostState {
        mounts: std::fs::read_to_string("/proc/self/mountinfo").unwrap(),
        listings: ["/tmp", "/dev/shm", "/var/tmp"]
            .iter()
            .map(|d| (d.to_string(), listing(d)))
            .collect(),
        loops: loops(),
        sysv_shm: std::fs::read_to_string("/proc/sysvipc/shm").unwrap_or_default(),
        ns_settings: [
            "kernel/shmmax",
            "kernel/shmall",
            "kernel/shmmni",
            "kernel/shm_rmid_forced",
            "vm/memfd_noexec",
        ]
        .iter()
        .map(|n| std::fs::read_to_string(format!("/proc/sys/{n}")).unwrap_or_default())
        .collect(),
    }
}

/// The oracle's processes: the holder (`mmrun __oracle-ns`) and the probes.
fn oracle_processes() -> Vec<(u32, String)> {
    let mut v = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let cmd = std::fs::read(e.path().join("cmdline")).unwrap_or_default();
        let comm = std::fs::read_to_string(e.path().join("comm")).unwrap_or_default();
        let cmd = String::from_utf8_lossy(&cmd).replace('\0', " ");
        if cmd.contains("__oracle-ns")
            || cmd.contains("mmrun-oracle-probe")
            || comm.contains("mmrun-pro")
        {
            v.push((pid, format!("{} {}", comm.trim(), cmd.trim())));
        }
    }
    v
}

/// Wait (up to 10 s) until none of the oracle's processes is left.
fn no_oracle_process_left() -> Vec<(u32, String)> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let left = oracle_processes();
        if left.is_empty() || Instant::now() > deadline {
            return left;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn write_scenario(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn run(args: &[&str]) -> (i32, String) {
    let out = mmrun().args(args).output().expect("mmrun runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

/// A scratch directory for scenario files (not something the oracle uses).
fn scratch(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("mmrun-safety-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn proc_root_escapes_reach_nothing() {
    if !is_root() {
        eprintln!("skipped: the host oracle needs root");
        return;
    }
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let canaries = Canaries::new("proc");
    let dir = scratch("proc");
    let victim = canaries.dir.join("victim");
    let me = std::process::id();
    let mut text = String::from("kernel \"6.18\"\nprocess evil {\n");
    for pid in ["1", "2", "self", &me.to_string()] {
        let root = format!("/proc/{pid}/root");
        text.push_str(&format!(
            "    open(\"{root}{}\", O_RDWR|O_TRUNC)\n    open(\"{root}{}/setuid\", O_RDWR|O_CREAT, 04755)\n    open(\"{root}/etc/passwd\", O_WRONLY|O_APPEND)\n",
            victim.display(),
            canaries.dir.display()
        ));
    }
    text.push_str("    open(\"/proc/1/mem\", O_RDWR)\n    open(\"/dev/mem\", O_RDONLY)\n}\n");
    let file = write_scenario(&dir, "escape.mm", &text);
    let before = (host_state(), canaries.state());
    let (code, out) = run(&["--oracle", "host", file.to_str().unwrap()]);
    // The world has no /proc and no /dev/mem, as the model's has none:
    // every open fails the same way on both sides.
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("the host agrees with the model"), "{out}");
    assert!(no_oracle_process_left().is_empty());
    assert_eq!((host_state(), canaries.state()), before, "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn prlimit_reaches_only_scenario_processes() {
    if !is_root() {
        eprintln!("skipped: the host oracle needs root");
        return;
    }
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let mut bystander = Command::new("sleep").arg("60").spawn().unwrap();
    let limits = |pid: u32| std::fs::read_to_string(format!("/proc/{pid}/limits")).unwrap();
    let (theirs, mine, init) = (
        limits(bystander.id()),
        limits(std::process::id()),
        limits(1),
    );
    let dir = scratch("prlimit");
    let mut text = String::from("kernel \"6.18\"\nprocess evil {\n");
    let them = u64::from(bystander.id());
    // A pid is a pid_t: the kernel reads the low 32 bits only.
    for pid in [them, u64::from(std::process::id()), 1, 2, 3, them | 1 << 32] {
        for r in ["RLIMIT_NOFILE", "RLIMIT_MEMLOCK", "RLIMIT_AS", "RLIMIT_CPU"] {
            text.push_str(&format!(
                "    prlimit64({pid}, {r}, {{rlim_cur=0, rlim_max=0}}, NULL)\n"
            ));
        }
    }
    text.push_str("}\n");
    let file = write_scenario(&dir, "prlimit.mm", &text);
    let before = host_state();
    let (code, out) = run(&["--oracle", "host", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("the host agrees with the model"), "{out}");
    assert_eq!(limits(bystander.id()), theirs);
    assert_eq!(limits(std::process::id()), mine);
    assert_eq!(limits(1), init);
    assert!(no_oracle_process_left().is_empty());
    assert_eq!(host_state(), before);
    let _ = bystander.kill();
    let _ = bystander.wait();
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn sysv_shared_memory_and_namespace_settings_stay_in_the_oracles_namespaces() {
    if !is_root() {
        eprintln!("skipped: the host oracle needs root");
        return;
    }
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    // A segment of the host's, which the scenario must neither see nor touch.
    const KEY: i32 = 0x6d6d_7275;
    // SAFETY: plain system calls on integers.
    let ours = unsafe { libc::shmget(KEY, 4096, libc::IPC_CREAT | 0o666) };
    assert!(ours >= 0, "shmget on the host");
    let dir = scratch("sysv");
    let mut text = String::from(
        "kernel \"6.18\"\nsysctl kernel.shmmax = 8192\nsysctl kernel.shmmni = 3\nsysctl kernel.shm_rmid_forced = 1\nsysctl vm.memfd_noexec = 2\nprocess evil {\n    memfd_create(\"m\", 0)\n",
    );
    text.push_str(&format!("    shmget({KEY:#x}, 0, 0)\n"));
    text.push_str(&format!("    shmctl({ours}, IPC_RMID, NULL)\n"));
    text.push_str(&format!("    shmat({ours}, NULL, 0)\n"));
    for _ in 0..4 {
        text.push_str(&format!("    shmget({KEY:#x}, 4096, IPC_CREAT|0666)\n"));
        text.push_str("    shmget(IPC_PRIVATE, 8192, IPC_CREAT|0600)\n");
    }
    text.push_str("    shmctl(0, IPC_RMID, NULL)\n}\n");
    let file = write_scenario(&dir, "sysv.mm", &text);
    let before = host_state();
    let (code, out) = run(&["--oracle", "host", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("the host agrees with the model"), "{out}");
    assert!(no_oracle_process_left().is_empty());
    assert_eq!(host_state(), before, "{out}");
    // SAFETY: as above.
    unsafe {
        assert_eq!(libc::shmget(KEY, 0, 0), ours);
        libc::shmctl(ours, libc::IPC_RMID, std::ptr::null_mut());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// An unprivileged user (nobody) planting symlinks, as fast as it can,
/// wherever an oracle could look: the world-writable temporary directories,
/// under every name an oracle run might use, pointing at the canaries.
fn planter(targets: &Path) -> Child {
    let script = format!(
        "while :; do for d in /tmp /dev/shm /var/tmp; do for n in mmrun mmrun-oracle mmrun-world root probe world data mnt; do \
         for i in 0 1 2 3; do ln -sfn {t}/victim $d/$n-$i 2>/dev/null; ln -sfn {t} $d/$n.$i 2>/dev/null; done; done; done; done",
        t = targets.display()
    );
    let mut c = Command::new("sh");
    c.args(["-c", &script])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0);
    // SAFETY: setgid/setuid between fork and exec.
    unsafe {
        c.pre_exec(|| {
            if libc::setgid(65534) != 0 || libc::setuid(65534) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    c.spawn().unwrap()
}

fn remove_planted() {
    for d in ["/tmp", "/dev/shm", "/var/tmp"] {
        for e in std::fs::read_dir(d).into_iter().flatten().flatten() {
            let m = std::fs::symlink_metadata(e.path()).unwrap();
            if m.file_type().is_symlink() && m.uid() == 65534 {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}

#[test]
fn symlinks_planted_by_another_user_reach_nothing() {
    if !is_root() {
        eprintln!("skipped: the host oracle needs root");
        return;
    }
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let canaries = Canaries::new("symlink");
    let before = (host_state(), canaries.state());
    let mut evil = planter(&canaries.dir);
    std::thread::sleep(Duration::from_millis(200));
    // Ordinary scenarios (files, modes, owners, FS flags, mounts): what a
    // planted symlink would have redirected.
    let (code, out) = run(&[
        "--oracle",
        "host",
        "scenarios/files/open-eacces-mode-bits.mm",
        "scenarios/files/first-example.mm",
        "scenarios/files/append-only-shared-eacces.mm",
        "scenarios/files/open-immutable-eperm.mm",
    ]);
    // The whole group: a last `ln` may still be running.
    // SAFETY: kill takes plain numbers.
    unsafe { libc::kill(-(evil.id() as i32), libc::SIGKILL) };
    let _ = evil.wait();
    std::thread::sleep(Duration::from_millis(100));
    remove_planted();
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("4 compared: 4 agreeing"), "{out}");
    assert!(no_oracle_process_left().is_empty());
    assert_eq!((host_state(), canaries.state()), before, "{out}");
}

/// A scenario whose second call blocks on the host (a FIFO opened for
/// reading waits for a writer), with files that carry FS flags.
const BLOCKED: &str = "kernel \"6.18\"\n\
file /data/locked size=8K immutable\n\
file /data/log size=8K append\n\
mount /mnt/t tmpfs\n\
fifo /run/p\n\
process a {\n\
    mmap(NULL, 1M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0)\n\
    open(\"/run/p\", O_RDONLY)\n\
}\n";

fn signal_during_a_blocked_run(sig: i32) {
    if !is_root() {
        eprintln!("skipped: the host oracle needs root");
        return;
    }
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let dir = scratch(&format!("sig{sig}"));
    let file = write_scenario(&dir, "blocked.mm", BLOCKED);
    let before = host_state();
    let mut cmd = mmrun();
    cmd.args(["--oracle", "host", file.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let child = cmd.spawn().unwrap();
    let group = child.id() as i32;
    // Wait until the probe is blocked in its open.
    let deadline = Instant::now() + Duration::from_secs(10);
    while oracle_processes().len() < 2 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(300));
    assert!(oracle_processes().len() >= 2, "the run never started");
    // As a terminal or `timeout` does: the signal goes to the whole group.
    // SAFETY: kill takes plain numbers.
    unsafe { libc::kill(-group, sig) };
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stderr).into_owned();
    use std::os::unix::process::ExitStatusExt;
    if sig == libc::SIGKILL {
        assert_eq!(out.status.signal(), Some(libc::SIGKILL));
    } else {
        assert_eq!(out.status.code(), Some(128 + sig), "{text}");
        assert!(text.contains("stopped by SIG"), "{text}");
    }
    let left = no_oracle_process_left();
    assert!(left.is_empty(), "left behind: {left:?}");
    // The namespaces, their mounts and loop devices go with the last process.
    let deadline = Instant::now() + Duration::from_secs(10);
    while host_state() != before && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(host_state(), before);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn sigint_during_a_blocked_run_leaves_nothing() {
    signal_during_a_blocked_run(libc::SIGINT);
}

#[test]
fn sigterm_during_a_blocked_run_leaves_nothing() {
    signal_during_a_blocked_run(libc::SIGTERM);
}

#[test]
fn sigkill_during_a_blocked_run_leaves_nothing() {
    signal_during_a_blocked_run(libc::SIGKILL);
}

#[test]
fn a_blocked_call_is_not_runnable_and_leaves_nothing() {
    if !is_root() {
        eprintln!("skipped: the host oracle needs root");
        return;
    }
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let dir = scratch("blocked");
    let file = write_scenario(&dir, "blocked.mm", BLOCKED);
    let before = host_state();
    let (code, out) = run(&["--oracle", "host", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("not runnable here: line 8: `open(\"/run/p\", O_RDONLY)` blocks on the host"),
        "{out}"
    );
    assert!(no_oracle_process_left().is_empty());
    assert_eq!(host_state(), before);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn memory_a_scenario_populates_is_capped() {
    if !is_root() {
        eprintln!("skipped: the host oracle needs root");
        return;
    }
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let dir = scratch("budget");
    let mut text = String::from(
        "kernel \"6.18\"\nfile /data/big size=8G\nprocess a {\n    open(\"/data/big\", O_RDWR)\n",
    );
    for _ in 0..3 {
        text.push_str("    mmap(NULL, 1G, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0)\n");
    }
    text.push_str("    mmap(NULL, 4G, PROT_READ, MAP_SHARED|MAP_POPULATE, 3, 0)\n    mlockall(MCL_CURRENT)\n}\n");
    let file = write_scenario(&dir, "budget.mm", &text);
    let (code, out) = run(&["--oracle", "host", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("line 6: `mmap(NULL, 1073741824, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0)` could populate or lock up to 0x40000000 bytes, past the oracle's 1024 MiB budget"),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
