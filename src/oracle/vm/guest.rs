//! `mmrun __vm-guest KERNEL`: mmrun as the init of an oracle VM. It reads
//! the batch the host packed into the initramfs, runs each scenario against
//! the guest's kernel exactly as `--oracle host` runs one on the host
//! (`oracle::check_on`), prints each report as one line behind
//! [`super::REPORT_MARK`] on the console, and reboots, which ends qemu.

use super::super::session::{Session, StartError};
use super::super::tree::BuildError;
use super::super::world::WorldSpec;
use super::super::{HostFacts, Judge, Reason, Report, Verdict, check_on};
use super::{REPORT_MARK, guest_tree};
use crate::syntax::ast::Scenario;
use crate::syntax::decl::Decl;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

fn mount(source: &std::ffi::CStr, target: &std::ffi::CStr, fstype: &std::ffi::CStr) {
    // SAFETY: NUL-terminated strings alive for the call.
    unsafe {
        libc::mount(
            source.as_ptr(),
            target.as_ptr(),
            fstype.as_ptr(),
            0,
            std::ptr::null(),
        )
    };
}

/// Where the host packs the loop driver for a kernel that has it as a module.
pub const LOOP_MODULE: &str = "/lib/modules/loop.ko";

/// Load the loop driver if it came as a module (ext4 needs loop devices).
fn load_loop_module() {
    let Ok(image) = std::fs::read(LOOP_MODULE) else {
        return;
    };
    // SAFETY: init_module reads `image` (alive for the call) and a
    // NUL-terminated empty parameter string.
    let r = unsafe {
        libc::syscall(
            libc::SYS_init_module,
            image.as_ptr(),
            image.len(),
            c"".as_ptr(),
        )
    };
    if r != 0 {
        // On the console, for MMRUN_VM_CONSOLE; ext4 scenarios will say
        // they are not runnable.
        eprintln!(
            "mmrun guest: loading {LOOP_MODULE}: {}",
            std::io::Error::last_os_error()
        );
    }
}

/// The guest's init.
pub fn main(args: &[String]) -> ExitCode {
    let _ = std::fs::create_dir_all("/proc");
    let _ = std::fs::create_dir_all("/dev");
    mount(c"proc", c"/proc", c"proc");
    mount(c"devtmpfs", c"/dev", c"devtmpfs");
    load_loop_module();
    // SAFETY: umask cannot fail.
    unsafe { libc::umask(0) };
    let kernel = args
        .first()
        .and_then(|k| super::kernels::VmKernel::parse(k))
        .map(super::kernels::VmKernel::profile);
    let list = std::fs::read_to_string("/batch/list").unwrap_or_default();
    let host = HostFacts {
        sysctls_settable: true,
        rss_exact: kernel != Some(crate::engine::Kernel::V6_1),
        ..HostFacts::read()
    };
    let mut out = std::io::stdout().lock();
    for (i, name) in list.lines().enumerate() {
        let report = match kernel {
            None => Report {
                verdict: Verdict::Failed(format!("the guest does not know kernel {args:?}")),
                ..Report::default()
            },
            Some(kernel) => one(i, name, &host, kernel),
        };
        let line = serde_json::to_string(&report).unwrap_or_default();
        let _ = writeln!(out, "{REPORT_MARK}{line}");
        let _ = out.flush();
    }
    // SAFETY: the batch is done; rebooting ends qemu (-no-reboot).
    unsafe {
        libc::sync();
        libc::reboot(libc::RB_AUTOBOOT);
    }
    ExitCode::SUCCESS
}

fn one(i: usize, name: &str, host: &HostFacts, kernel: crate::engine::Kernel) -> Report {
    let failed = |why: String| Report {
        verdict: Verdict::Failed(why),
        ..Report::default()
    };
    let source = match std::fs::read_to_string(format!("/batch/{i}.mm")) {
        Ok(s) => s,
        Err(e) => return failed(format!("{name} in the initramfs: {e}")),
    };
    let scenario = match crate::syntax::load(name, &source) {
        Ok(s) => s,
        Err(_) => return failed(format!("{name} does not load in the guest")),
    };
    let dir = format!("/w/{i}");
    check_on(
        &source,
        &scenario,
        host,
        &Judge::Vm {
            kernel,
            dir: Path::new(&dir),
        },
    )
}

/// Build the scenario's world under `dir`, set its sysctls on the guest (it
/// is the scenario's machine), and start a session there. The world comes
/// first: a scenario's vm.max_map_count of 1 would leave the guest's own
/// mmrun unable to map the memory the build needs.
pub fn start(scenario: &Scenario, spec: &WorldSpec, dir: &Path) -> Result<Session, StartError> {
    // A fresh SysV IPC namespace for the scenario, which its probes (forked
    // from here) inherit and its kernel.shm* settings below land in. A
    // kernel without CONFIG_IPC_NS refuses; the host then boots it afresh
    // for each scenario that uses SysV shared memory (`check_batch`).
    let _ = crate::oracle::sys::unshare_ipc_namespace();
    guest_tree::build(spec, dir).map_err(|e| {
        guest_tree::remove(dir);
        match e {
            BuildError::Unbuildable(why) => StartError::NotRunnable(Reason::machine(format!(
                "its machine cannot exist on a real system: {why}"
            ))),
            BuildError::Environment(why) => StartError::NotRunnable(Reason::environment(why)),
            BuildError::Failed(why) => StartError::Failed(why),
        }
    })?;
    // The session owns the world from here: dropping it takes the world away.
    let session =
        Session::in_directory(dir.to_path_buf()).inspect_err(|_| guest_tree::remove(dir))?;
    // The probe's image is a memfd: made before vm.memfd_noexec may forbid it.
    crate::oracle::probe::prepare_image().map_err(StartError::Failed)?;
    for decl in &scenario.declarations {
        if let Decl::Sysctl { sysctl, value, .. } = decl
            && let Err(e) = std::fs::write(sysctl.path(), value.to_string())
        {
            if e.kind() == std::io::ErrorKind::NotFound {
                return Err(StartError::NotRunnable(Reason::machine(format!(
                    "sysctl {}: this kernel has no such setting",
                    sysctl.name()
                ))));
            }
            return Err(StartError::NotRunnable(Reason::machine(format!(
                "sysctl {} = {value}: the kernel refuses it ({e})",
                sysctl.name()
            ))));
        }
    }
    for decl in &scenario.declarations {
        if let Decl::Memory { memory, .. } = decl
            && let Some(pages) = memory.hugepages
        {
            set_huge_pages(pages)?;
        }
    }
    Ok(session)
}

/// The pool of free 2 MiB pages a `memory hugepages=N` line asks for
/// (vm.nr_hugepages; the guest starts with none).
const NR_HUGEPAGES: &str = "/proc/sys/vm/nr_hugepages";

fn set_huge_pages(pages: u64) -> Result<(), StartError> {
    let _ = std::fs::write(NR_HUGEPAGES, pages.to_string());
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let free = super::super::host::field(&meminfo, "HugePages_Free")
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(0);
    if free != pages {
        return Err(StartError::NotRunnable(Reason::environment(format!(
            "memory hugepages={pages}: the guest could set aside {free} free huge pages"
        ))));
    }
    Ok(())
}

/// Put the guest's sysctls and huge-page pool back as they were before the
/// scenario.
pub fn restore_sysctls(host: &HostFacts) {
    let mut sys = host.sysctls;
    for sysctl in crate::uapi::Sysctl::ALL {
        let _ = std::fs::write(sysctl.path(), sys.slot_mut(sysctl).to_string());
    }
    let _ = std::fs::write(NR_HUGEPAGES, host.memory.hugepages.to_string());
}
