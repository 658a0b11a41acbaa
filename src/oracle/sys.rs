//! The few raw system calls the oracle needs that std does not wrap. Each
//! `unsafe` block is one libc call with arguments that live across it.

use std::ffi::CString;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::path::Path;

pub fn cstr(p: &Path) -> io::Result<CString> {
    use std::os::unix::ffi::OsStrExt;
    CString::new(p.as_os_str().as_bytes())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "path contains NUL"))
}

fn check(r: libc::c_int) -> io::Result<()> {
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}

pub fn is_root() -> bool {
    // SAFETY: geteuid has no arguments and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// A private mount namespace for the calling (single-threaded) process, with
/// every mount made private so nothing propagates back to the host.
pub fn private_mount_namespace() -> io::Result<()> {
    // SAFETY: unshare takes a flag word.
    check(unsafe { libc::unshare(libc::CLONE_NEWNS) })?;
    let root = c"/";
    // SAFETY: the strings are NUL-terminated and outlive the call; NULLs are allowed.
    check(unsafe {
        libc::mount(
            std::ptr::null(),
            root.as_ptr(),
            std::ptr::null(),
            libc::MS_REC | libc::MS_PRIVATE,
            std::ptr::null(),
        )
    })
}

pub fn mount(
    source: &str,
    target: &Path,
    fstype: Option<&str>,
    flags: libc::c_ulong,
    data: Option<&str>,
) -> io::Result<()> {
    let source = CString::new(source)?;
    let target = cstr(target)?;
    let fstype = fstype.map(CString::new).transpose()?;
    let data = data.map(CString::new).transpose()?;
    // SAFETY: every pointer is NULL or a NUL-terminated string alive during the call.
    check(unsafe {
        libc::mount(
            source.as_ptr(),
            target.as_ptr(),
            fstype.as_ref().map_or(std::ptr::null(), |s| s.as_ptr()),
            flags,
            data.as_ref()
                .map_or(std::ptr::null(), |s| s.as_ptr().cast()),
        )
    })
}

pub fn mknod_char(path: &Path, mode: u32, major: u32, minor: u32) -> io::Result<()> {
    let p = cstr(path)?;
    // SAFETY: p is a NUL-terminated path alive during the call.
    check(unsafe {
        libc::mknod(
            p.as_ptr(),
            libc::S_IFCHR | mode,
            libc::makedev(major, minor),
        )
    })
}

pub fn mkfifo(path: &Path, mode: u32) -> io::Result<()> {
    let p = cstr(path)?;
    // SAFETY: p is a NUL-terminated path alive during the call.
    check(unsafe { libc::mkfifo(p.as_ptr(), mode) })
}

pub fn set_umask(mask: u32) {
    // SAFETY: umask cannot fail.
    unsafe { libc::umask(mask) };
}

const FS_IOC_GETFLAGS: libc::c_ulong = 0x8008_6601;
const FS_IOC_SETFLAGS: libc::c_ulong = 0x4008_6602;
pub const FS_IMMUTABLE_FL: libc::c_int = 0x10;
pub const FS_APPEND_FL: libc::c_int = 0x20;

/// Set (`on`) or clear the given inode flags (chattr +a / +i) on a file.
pub fn change_fs_flags(path: &Path, bits: libc::c_int, on: bool) -> io::Result<()> {
    let f = std::fs::File::open(path)?;
    let mut flags: libc::c_int = 0;
    // SAFETY: the ioctl writes one int into `flags`, which outlives the call.
    check(unsafe { libc::ioctl(f.as_raw_fd(), FS_IOC_GETFLAGS, &mut flags) })?;
    let new = if on { flags | bits } else { flags & !bits };
    if new == flags {
        return Ok(());
    }
    // SAFETY: the ioctl reads one int from `new`, which outlives the call.
    check(unsafe { libc::ioctl(f.as_raw_fd(), FS_IOC_SETFLAGS, &new) })
}

/// A pipe whose ends are close-on-exec: (read, write).
pub fn pipe() -> io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: pipe2 writes two descriptors into `fds`.
    check(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) })?;
    // SAFETY: both descriptors are fresh and owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// Wait until `fd` is readable or `timeout_ms` passes; false on timeout.
pub fn wait_readable(fd: &impl AsRawFd, timeout_ms: i32) -> io::Result<bool> {
    let mut p = libc::pollfd {
        fd: fd.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    loop {
        // SAFETY: one pollfd, alive during the call.
        let r = unsafe { libc::poll(&mut p, 1, timeout_ms) };
        if r < 0 {
            let e = io::Error::last_os_error();
            if e.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        return Ok(r > 0);
    }
}

/// What the probe's process is exec'd with.
pub struct ExecPlan {
    pub ns: OwnedFd,
    pub root: CString,
    pub helper: OwnedFd,
    pub cmd: OwnedFd,
    pub reply: OwnedFd,
    /// (resource, soft, hard), applied in order.
    pub rlimits: Vec<(u32, u64, u64)>,
    pub uid: u32,
    pub gid: u32,
    pub caps: u64,
}

pub const CMD_FD: libc::c_int = 1020;
pub const REPLY_FD: libc::c_int = 1021;
const LAST_CAP: u32 = 40;

/// In the forked child, before exec: join the scenario's mount namespace,
/// chroot into its root, put the pipes at the probe's descriptors, set the
/// limits, turn off randomisation, become the scenario's user with its
/// capabilities, and exec the probe. Only async-signal-safe calls: no
/// allocation happens here. Returns only on failure.
pub fn exec_probe(plan: &ExecPlan) -> io::Result<()> {
    let argv0 = c"mmrun-oracle-probe";
    let argv: [*const libc::c_char; 2] = [argv0.as_ptr(), std::ptr::null()];
    let envp: [*const libc::c_char; 1] = [std::ptr::null()];
    let slash = c"/";
    let empty = c"";
    // SAFETY: every call below is a plain system call on descriptors the plan
    // owns and NUL-terminated strings alive for the whole function; this runs
    // in a single-threaded child between fork and exec.
    unsafe {
        check(libc::setns(plan.ns.as_raw_fd(), libc::CLONE_NEWNS))?;
        check(libc::chroot(plan.root.as_ptr()))?;
        check(libc::chdir(slash.as_ptr()))?;
        check(libc::dup2(plan.cmd.as_raw_fd(), CMD_FD))?;
        check(libc::dup2(plan.reply.as_raw_fd(), REPLY_FD))?;
        libc::umask(0o022);
        for &(res, cur, max) in &plan.rlimits {
            let r = libc::rlimit64 {
                rlim_cur: cur,
                rlim_max: max,
            };
            check(libc::setrlimit64(res as _, &r))?;
        }
        check(libc::personality(libc::ADDR_NO_RANDOMIZE as libc::c_ulong))?;
        // Capabilities outside the set leave the bounding set, so that even
        // uid 0 does not regain them at exec.
        for cap in 0..=LAST_CAP {
            if plan.caps & (1 << cap) == 0 {
                check(libc::prctl(
                    libc::PR_CAPBSET_DROP,
                    cap as libc::c_ulong,
                    0,
                    0,
                    0,
                ))?;
            }
        }
        check(libc::prctl(libc::PR_SET_KEEPCAPS, 1, 0, 0, 0))?;
        check(libc::setgroups(0, std::ptr::null()))?;
        check(libc::setresgid(plan.gid, plan.gid, plan.gid))?;
        check(libc::setresuid(plan.uid, plan.uid, plan.uid))?;
        let header = CapHeader {
            version: 0x2008_0522,
            pid: 0,
        };
        let lo = plan.caps as u32;
        let hi = (plan.caps >> 32) as u32;
        let data = [
            CapData {
                effective: lo,
                permitted: lo,
                inheritable: lo,
            },
            CapData {
                effective: hi,
                permitted: hi,
                inheritable: hi,
            },
        ];
        check(libc::syscall(libc::SYS_capset, &header, data.as_ptr()) as libc::c_int)?;
        if plan.uid != 0 {
            // Ambient capabilities survive the exec of a non-root user.
            for cap in 0..=LAST_CAP {
                if plan.caps & (1 << cap) != 0 {
                    check(libc::prctl(
                        libc::PR_CAP_AMBIENT,
                        libc::PR_CAP_AMBIENT_RAISE as libc::c_ulong,
                        cap as libc::c_ulong,
                        0,
                        0,
                    ))?;
                }
            }
        }
        libc::syscall(
            libc::SYS_execveat,
            plan.helper.as_raw_fd(),
            empty.as_ptr(),
            argv.as_ptr(),
            envp.as_ptr(),
            libc::AT_EMPTY_PATH,
        );
    }
    Err(io::Error::last_os_error())
}

#[repr(C)]
struct CapHeader {
    version: u32,
    pid: libc::c_int,
}

#[repr(C)]
struct CapData {
    effective: u32,
    permitted: u32,
    inheritable: u32,
}
