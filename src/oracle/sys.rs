//! The raw system calls the oracle needs that std does not wrap: namespaces,
//! the new mount API, symlink-free path resolution, loop devices, memfds,
//! credentials. Each `unsafe` block is one system call whose pointer
//! arguments live across it.

use std::ffi::{CStr, CString};
use std::io;
use std::os::fd::{AsRawFd, BorrowedFd, FromRawFd, OwnedFd, RawFd};

fn check(r: libc::c_long) -> io::Result<libc::c_long> {
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

fn check_fd(r: libc::c_long) -> io::Result<OwnedFd> {
    let fd = check(r)?;
    // SAFETY: the kernel just returned this descriptor; nobody else owns it.
    Ok(unsafe { OwnedFd::from_raw_fd(fd as RawFd) })
}

pub fn cstr(s: &str) -> io::Result<CString> {
    CString::new(s).map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "contains NUL"))
}

pub fn is_root() -> bool {
    // SAFETY: geteuid has no arguments and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

// --- paths, resolved without following symlinks ----------------------------

/// openat2(dir, path, flags, mode) confined to `dir`: no symlink (nor /proc
/// magic link) is followed and `..` cannot leave it (RESOLVE_BENEATH).
pub fn open_beneath(dir: BorrowedFd, path: &CStr, flags: i32, mode: u32) -> io::Result<OwnedFd> {
    // struct open_how (include/uapi/linux/openat2.h).
    #[repr(C)]
    struct OpenHow {
        flags: u64,
        mode: u64,
        resolve: u64,
    }
    let how = OpenHow {
        flags: (flags | libc::O_CLOEXEC | libc::O_NOFOLLOW) as u64,
        mode: u64::from(mode),
        resolve: libc::RESOLVE_BENEATH | libc::RESOLVE_NO_SYMLINKS | libc::RESOLVE_NO_MAGICLINKS,
    };
    // SAFETY: `how` and `path` outlive the call; the size is the struct's.
    check_fd(unsafe {
        libc::syscall(
            libc::SYS_openat2,
            dir.as_raw_fd(),
            path.as_ptr(),
            &how,
            std::mem::size_of::<OpenHow>(),
        )
    })
}

pub fn mkdirat(dir: BorrowedFd, name: &CStr, mode: u32) -> io::Result<()> {
    // SAFETY: name is NUL-terminated and outlives the call.
    check(unsafe { libc::mkdirat(dir.as_raw_fd(), name.as_ptr(), mode) }.into()).map(drop)
}

pub fn mknodat(dir: BorrowedFd, name: &CStr, mode: u32, major: u32, minor: u32) -> io::Result<()> {
    // SAFETY: name is NUL-terminated and outlives the call.
    check(
        unsafe {
            libc::mknodat(
                dir.as_raw_fd(),
                name.as_ptr(),
                mode,
                libc::makedev(major, minor),
            )
        }
        .into(),
    )
    .map(drop)
}

pub fn unlinkat_dir(dir: BorrowedFd, name: &CStr) -> io::Result<()> {
    // SAFETY: name is NUL-terminated and outlives the call.
    check(unsafe { libc::unlinkat(dir.as_raw_fd(), name.as_ptr(), libc::AT_REMOVEDIR) }.into())
        .map(drop)
}

/// fchownat(dir, name, ..., AT_SYMLINK_NOFOLLOW).
pub fn chown_nofollow(dir: BorrowedFd, name: &CStr, uid: u32, gid: u32) -> io::Result<()> {
    // SAFETY: name is NUL-terminated and outlives the call.
    check(
        unsafe {
            libc::fchownat(
                dir.as_raw_fd(),
                name.as_ptr(),
                uid,
                gid,
                libc::AT_SYMLINK_NOFOLLOW,
            )
        }
        .into(),
    )
    .map(drop)
}

/// fchmodat2(dir, name, mode, AT_SYMLINK_NOFOLLOW) (Linux 6.6+).
pub fn chmod_nofollow(dir: BorrowedFd, name: &CStr, mode: u32) -> io::Result<()> {
    // SAFETY: name is NUL-terminated and outlives the call.
    check(unsafe {
        libc::syscall(
            libc::SYS_fchmodat2,
            dir.as_raw_fd(),
            name.as_ptr(),
            mode,
            libc::AT_SYMLINK_NOFOLLOW,
        )
    })
    .map(drop)
}

pub fn fchown(fd: BorrowedFd, uid: u32, gid: u32) -> io::Result<()> {
    // SAFETY: plain call on a descriptor we own.
    check(unsafe { libc::fchown(fd.as_raw_fd(), uid, gid) }.into()).map(drop)
}

pub fn fchmod(fd: BorrowedFd, mode: u32) -> io::Result<()> {
    // SAFETY: plain call on a descriptor we own.
    check(unsafe { libc::fchmod(fd.as_raw_fd(), mode) }.into()).map(drop)
}

pub fn ftruncate(fd: BorrowedFd, len: u64) -> io::Result<()> {
    let len = i64::try_from(len).map_err(|_| io::Error::from_raw_os_error(libc::EFBIG))?;
    // SAFETY: plain call on a descriptor we own.
    check(unsafe { libc::ftruncate(fd.as_raw_fd(), len) }.into()).map(drop)
}

pub fn set_umask(mask: u32) {
    // SAFETY: umask cannot fail.
    unsafe { libc::umask(mask) };
}

const FS_IOC_GETFLAGS: libc::c_ulong = 0x8008_6601;
const FS_IOC_SETFLAGS: libc::c_ulong = 0x4008_6602;
pub const FS_IMMUTABLE_FL: libc::c_int = 0x10;
pub const FS_APPEND_FL: libc::c_int = 0x20;

/// chattr +a / +i on an open file.
pub fn add_fs_flags(fd: BorrowedFd, bits: libc::c_int) -> io::Result<()> {
    let mut flags: libc::c_int = 0;
    // SAFETY: the ioctl writes one int into `flags`, which outlives the call.
    check(unsafe { libc::ioctl(fd.as_raw_fd(), FS_IOC_GETFLAGS, &mut flags) }.into())?;
    let new = flags | bits;
    // SAFETY: the ioctl reads one int from `new`, which outlives the call.
    check(unsafe { libc::ioctl(fd.as_raw_fd(), FS_IOC_SETFLAGS, &new) }.into()).map(drop)
}

// --- the new mount API (include/uapi/linux/mount.h) ------------------------

const FSOPEN_CLOEXEC: u32 = 1;
const FSMOUNT_CLOEXEC: u32 = 1;
const FSCONFIG_SET_FLAG: u32 = 0;
const FSCONFIG_SET_STRING: u32 = 1;
const FSCONFIG_CMD_CREATE: u32 = 6;
const FSCONFIG_CMD_RECONFIGURE: u32 = 7;
const MOVE_MOUNT_F_EMPTY_PATH: u32 = 4;
const MOVE_MOUNT_T_EMPTY_PATH: u32 = 0x40;
const FSPICK_CLOEXEC: u32 = 1;
const FSPICK_NO_AUTOMOUNT: u32 = 4;
const FSPICK_EMPTY_PATH: u32 = 8;
pub const MOUNT_ATTR_RDONLY: u64 = 0x1;
pub const MOUNT_ATTR_NOSUID: u64 = 0x2;
pub const MOUNT_ATTR_NODEV: u64 = 0x4;
pub const MOUNT_ATTR_NOEXEC: u64 = 0x8;

/// A filesystem context being configured (fsopen, or fspick for a reconfigure).
pub struct FsContext(OwnedFd);

impl FsContext {
    pub fn open(fstype: &str) -> io::Result<FsContext> {
        let t = cstr(fstype)?;
        // SAFETY: t is NUL-terminated and outlives the call.
        check_fd(unsafe { libc::syscall(libc::SYS_fsopen, t.as_ptr(), FSOPEN_CLOEXEC) })
            .map(FsContext)
    }

    /// The superblock of the mount `dir` is the root of, for a reconfigure.
    pub fn pick(dir: BorrowedFd) -> io::Result<FsContext> {
        // SAFETY: the empty path is NUL-terminated and static.
        check_fd(unsafe {
            libc::syscall(
                libc::SYS_fspick,
                dir.as_raw_fd(),
                c"".as_ptr(),
                FSPICK_CLOEXEC | FSPICK_NO_AUTOMOUNT | FSPICK_EMPTY_PATH,
            )
        })
        .map(FsContext)
    }

    fn config(&self, cmd: u32, key: Option<&CStr>, value: Option<&CStr>) -> io::Result<()> {
        // SAFETY: key and value are NULL or NUL-terminated strings outliving the call.
        check(unsafe {
            libc::syscall(
                libc::SYS_fsconfig,
                self.0.as_raw_fd(),
                cmd,
                key.map_or(std::ptr::null(), CStr::as_ptr),
                value.map_or(std::ptr::null(), CStr::as_ptr),
                0,
            )
        })
        .map(drop)
    }

    pub fn set(&self, key: &str, value: &str) -> io::Result<()> {
        self.config(FSCONFIG_SET_STRING, Some(&cstr(key)?), Some(&cstr(value)?))
    }

    pub fn flag(&self, key: &str) -> io::Result<()> {
        self.config(FSCONFIG_SET_FLAG, Some(&cstr(key)?), None)
    }

    pub fn reconfigure(&self) -> io::Result<()> {
        self.config(FSCONFIG_CMD_RECONFIGURE, None, None)
    }

    /// Create the superblock and a detached mount of it with `attrs`
    /// (MOUNT_ATTR_*); the descriptor is the mount's root.
    pub fn mount(self, attrs: u64) -> io::Result<OwnedFd> {
        self.config(FSCONFIG_CMD_CREATE, None, None)?;
        // SAFETY: plain call on a descriptor we own.
        check_fd(unsafe {
            libc::syscall(
                libc::SYS_fsmount,
                self.0.as_raw_fd(),
                FSMOUNT_CLOEXEC,
                attrs,
            )
        })
    }
}

/// Attach a detached mount onto the directory `target` (both by descriptor).
pub fn move_mount(mount: BorrowedFd, target: BorrowedFd) -> io::Result<()> {
    // SAFETY: the empty paths are static NUL-terminated strings.
    check(unsafe {
        libc::syscall(
            libc::SYS_move_mount,
            mount.as_raw_fd(),
            c"".as_ptr(),
            target.as_raw_fd(),
            c"".as_ptr(),
            MOVE_MOUNT_F_EMPTY_PATH | MOVE_MOUNT_T_EMPTY_PATH,
        )
    })
    .map(drop)
}

#[repr(C)]
struct MountAttr {
    attr_set: u64,
    attr_clr: u64,
    propagation: u64,
    userns_fd: u64,
}

/// mount_setattr(dir, "", AT_EMPTY_PATH, {attr_set}).
pub fn mount_setattr(dir: BorrowedFd, attr_set: u64) -> io::Result<()> {
    let attr = MountAttr {
        attr_set,
        attr_clr: 0,
        propagation: 0,
        userns_fd: 0,
    };
    // SAFETY: `attr` outlives the call; the size is the struct's.
    check(unsafe {
        libc::syscall(
            libc::SYS_mount_setattr,
            dir.as_raw_fd(),
            c"".as_ptr(),
            libc::AT_EMPTY_PATH,
            &attr,
            std::mem::size_of::<MountAttr>(),
        )
    })
    .map(drop)
}

/// unshare(CLONE_NEWNS): a mount namespace of one's own, a copy of the
/// current one.
pub fn unshare_mount_namespace() -> io::Result<()> {
    // SAFETY: unshare takes a flag word.
    check(unsafe { libc::unshare(libc::CLONE_NEWNS) }.into()).map(drop)
}

/// unshare(CLONE_NEWIPC): a SysV IPC namespace of one's own, empty, with
/// the default limits; it goes with its last process.
pub fn unshare_ipc_namespace() -> io::Result<()> {
    // SAFETY: unshare takes a flag word.
    check(unsafe { libc::unshare(libc::CLONE_NEWIPC) }.into()).map(drop)
}

/// Make every mount of this (new) namespace private, so that nothing done
/// here propagates back to the namespace it was copied from.
pub fn make_mounts_private() -> io::Result<()> {
    // SAFETY: the string is static; NULLs are allowed.
    check(
        unsafe {
            libc::mount(
                std::ptr::null(),
                c"/".as_ptr(),
                std::ptr::null(),
                libc::MS_REC | libc::MS_PRIVATE,
                std::ptr::null(),
            )
        }
        .into(),
    )
    .map(drop)
}

/// Make the mount whose root `new_root` is the root of this namespace and
/// detach everything else (the host's whole tree) from it.
pub fn pivot_into(new_root: BorrowedFd) -> io::Result<()> {
    // SAFETY: plain calls; the paths are static NUL-terminated strings.
    unsafe {
        check(libc::fchdir(new_root.as_raw_fd()).into())?;
        check(libc::syscall(
            libc::SYS_pivot_root,
            c".".as_ptr(),
            c".".as_ptr(),
        ))?;
        check(libc::umount2(c".".as_ptr(), libc::MNT_DETACH).into())?;
        check(libc::chdir(c"/".as_ptr()).into())?;
    }
    Ok(())
}

// --- loop devices (include/uapi/linux/loop.h) --------------------------------

const LOOP_CONFIGURE: libc::c_ulong = 0x4C0A;
const LO_FLAGS_AUTOCLEAR: u32 = 4;

#[repr(C)]
struct LoopInfo64 {
    lo_device: u64,
    lo_inode: u64,
    lo_rdevice: u64,
    lo_offset: u64,
    lo_sizelimit: u64,
    lo_number: u32,
    lo_encrypt_type: u32,
    lo_encrypt_key_size: u32,
    lo_flags: u32,
    lo_file_name: [u8; 64],
    lo_crypt_name: [u8; 64],
    lo_encrypt_key: [u8; 32],
    lo_init: [u64; 2],
}

#[repr(C)]
struct LoopConfig {
    fd: u32,
    block_size: u32,
    info: LoopInfo64,
    reserved: [u64; 8],
}

/// Bind `backing` to a free existing loop device with LO_FLAGS_AUTOCLEAR (it
/// detaches itself when its last user, the mount, goes away). Only devices
/// that already exist are tried, so none is ever created on the host.
/// Returns the device's path and an open descriptor, to keep until mounted.
pub fn attach_loop(backing: BorrowedFd) -> io::Result<Option<(String, OwnedFd)>> {
    let mut names: Vec<(u32, String)> = std::fs::read_dir("/dev")?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let n = e.file_name().into_string().ok()?;
            let num = n.strip_prefix("loop")?.parse::<u32>().ok()?;
            Some((num, format!("/dev/{n}")))
        })
        .collect();
    names.sort();
    for (_, path) in names {
        let c = cstr(&path)?;
        // SAFETY: c is NUL-terminated and outlives the call.
        let Ok(dev) = check_fd(
            unsafe {
                libc::open(
                    c.as_ptr(),
                    libc::O_RDWR | libc::O_CLOEXEC | libc::O_NOFOLLOW,
                )
            }
            .into(),
        ) else {
            continue;
        };
        let mut info = zeroed_loop_info();
        info.lo_flags = LO_FLAGS_AUTOCLEAR;
        let cfg = LoopConfig {
            fd: backing.as_raw_fd() as u32,
            block_size: 0,
            info,
            reserved: [0; 8],
        };
        // SAFETY: cfg outlives the call and has the kernel's layout.
        let r = unsafe { libc::ioctl(dev.as_raw_fd(), LOOP_CONFIGURE, &cfg) };
        if r == 0 {
            return Ok(Some((path, dev)));
        }
    }
    Ok(None)
}

/// Mark a bound loop device LO_FLAGS_AUTOCLEAR with the classic
/// LOOP_SET_STATUS64 (kernels before 5.8 have no LOOP_CONFIGURE).
pub fn set_loop_autoclear(dev: BorrowedFd) -> io::Result<()> {
    const LOOP_SET_STATUS64: libc::c_ulong = 0x4C04;
    let mut info = zeroed_loop_info();
    info.lo_flags = LO_FLAGS_AUTOCLEAR;
    // SAFETY: info outlives the call and has the kernel's layout.
    check(unsafe { libc::ioctl(dev.as_raw_fd(), LOOP_SET_STATUS64, &info) }.into()).map(drop)
}

fn zeroed_loop_info() -> LoopInfo64 {
    LoopInfo64 {
        lo_device: 0,
        lo_inode: 0,
        lo_rdevice: 0,
        lo_offset: 0,
        lo_sizelimit: 0,
        lo_number: 0,
        lo_encrypt_type: 0,
        lo_encrypt_key_size: 0,
        lo_flags: 0,
        lo_file_name: [0; 64],
        lo_crypt_name: [0; 64],
        lo_encrypt_key: [0; 32],
        lo_init: [0; 2],
    }
}

// --- memfds -------------------------------------------------------------------

const MFD_CLOEXEC: u32 = 1;
const MFD_ALLOW_SEALING: u32 = 2;
const MFD_EXEC: u32 = 0x10;

/// An anonymous file in memory (nothing on any filesystem).
pub fn memfd(name: &CStr, exec: bool) -> io::Result<OwnedFd> {
    let base = MFD_CLOEXEC | MFD_ALLOW_SEALING;
    let flags = if exec { base | MFD_EXEC } else { base };
    // SAFETY: name is NUL-terminated and outlives the call.
    let r = check_fd(unsafe { libc::syscall(libc::SYS_memfd_create, name.as_ptr(), flags) });
    match r {
        // Before 6.3 MFD_EXEC is unknown: memfds are executable anyway.
        Err(e) if exec && e.raw_os_error() == Some(libc::EINVAL) => {
            // SAFETY: as above.
            check_fd(unsafe { libc::syscall(libc::SYS_memfd_create, name.as_ptr(), base) })
        }
        r => r,
    }
}

/// Seal a memfd against every change.
pub fn seal(fd: BorrowedFd) -> io::Result<()> {
    let seals = libc::F_SEAL_SEAL | libc::F_SEAL_SHRINK | libc::F_SEAL_GROW | libc::F_SEAL_WRITE;
    // SAFETY: plain fcntl on a descriptor we own.
    check(unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_ADD_SEALS, seals) }.into()).map(drop)
}

// --- processes and namespaces ------------------------------------------------

pub fn setns(fd: BorrowedFd, nstype: libc::c_int) -> io::Result<()> {
    // SAFETY: plain call on a descriptor we own.
    check(unsafe { libc::setns(fd.as_raw_fd(), nstype) }.into()).map(drop)
}

pub fn kill(pid: libc::pid_t, sig: libc::c_int) {
    // SAFETY: kill takes plain numbers.
    unsafe { libc::kill(pid, sig) };
}

/// waitpid; with `block` false, None while the child still runs. An error
/// (no such child) counts as ended.
pub fn waitpid(pid: libc::pid_t, block: bool) -> Option<libc::c_int> {
    let mut status = 0;
    loop {
        // SAFETY: status outlives the call.
        let r = unsafe { libc::waitpid(pid, &mut status, if block { 0 } else { libc::WNOHANG }) };
        match r {
            0 => return None,
            r if r > 0 => return Some(status),
            _ if io::Error::last_os_error().kind() == io::ErrorKind::Interrupted => continue,
            _ => return Some(-1),
        }
    }
}

/// Start `exe` (an open executable) with `args` as the first process of a
/// new PID namespace (clone with CLONE_NEWPID: the child is its PID
/// namespace's init, so every process that later joins it dies with it). The child gets `stdin`/`stdout` as descriptors 0 and 1, a
/// session of its own (signals for the terminal's process group do not reach
/// it) and SIGKILL when its parent dies. Returns the child's pid.
pub fn spawn_namespace_init(
    exe: BorrowedFd,
    args: &[&CStr],
    stdin: OwnedFd,
    stdout: OwnedFd,
) -> io::Result<libc::pid_t> {
    let mut argv: Vec<*const libc::c_char> = args.iter().map(|a| a.as_ptr()).collect();
    argv.push(std::ptr::null());
    let envp: [*const libc::c_char; 1] = [std::ptr::null()];
    let flags = (libc::CLONE_NEWPID | libc::SIGCHLD) as libc::c_ulong;
    // SAFETY: a fork-like clone (no new stack, no CLONE_VM). The child only
    // makes async-signal-safe system calls on data prepared before the
    // clone, then execs or exits.
    let pid = unsafe { libc::syscall(libc::SYS_clone, flags, 0usize, 0usize, 0usize, 0usize) };
    if pid < 0 {
        return Err(io::Error::last_os_error());
    }
    if pid == 0 {
        // SAFETY: see above; _exit never returns.
        unsafe {
            libc::prctl(
                libc::PR_SET_PDEATHSIG,
                libc::SIGKILL as libc::c_ulong,
                0,
                0,
                0,
            );
            libc::setsid();
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
            if libc::dup2(stdin.as_raw_fd(), 0) < 0 || libc::dup2(stdout.as_raw_fd(), 1) < 0 {
                libc::_exit(127);
            }
            libc::syscall(
                libc::SYS_execveat,
                exe.as_raw_fd(),
                c"".as_ptr(),
                argv.as_ptr(),
                envp.as_ptr(),
                libc::AT_EMPTY_PATH,
            );
            libc::_exit(127);
        }
    }
    Ok(pid as libc::pid_t)
}

/// A pipe whose ends are close-on-exec: (read, write).
pub fn pipe() -> io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: pipe2 writes two descriptors into `fds`.
    check(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) }.into())?;
    // SAFETY: both descriptors are fresh and owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// Wait until `fd` is readable or `timeout_ms` passes; false on timeout. A
/// signal that ends the run (SIGINT, SIGTERM, SIGHUP) interrupts the wait.
pub fn wait_readable(fd: BorrowedFd, timeout_ms: i32) -> io::Result<bool> {
    let mut p = libc::pollfd {
        fd: fd.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_millis(timeout_ms as u64);
    loop {
        if super::signals::caught().is_some() {
            return Err(io::Error::from(io::ErrorKind::Interrupted));
        }
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        // SAFETY: one pollfd, alive during the call.
        let r = unsafe { libc::poll(&mut p, 1, left.as_millis() as i32) };
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

/// What a probe's process is exec'd with.
/// How a probe enters its scenario's world.
pub enum Enter {
    /// The holder's mount and IPC namespaces (on the host).
    Namespaces { mnt: OwnedFd, ipc: OwnedFd },
    /// A directory to chroot into (in a VM, which is thrown away whole).
    Chroot(OwnedFd),
}

pub struct ExecPlan {
    pub enter: Enter,
    /// The running kernel's last capability (/proc/sys/kernel/cap_last_cap):
    /// the bounding set has no others to drop.
    pub last_cap: u32,
    pub probe: OwnedFd,
    pub cmd: OwnedFd,
    pub reply: OwnedFd,
    /// (resource, soft, hard), applied in order.
    pub rlimits: Vec<(u32, u64, u64)>,
    pub uid: u32,
    pub gid: u32,
    pub caps: u64,
}

/// Fork a child that puts `stdio` on its descriptors 0-2 and execs the
/// probe as `plan` says; its pid, or why the exec failed. (Not std's
/// Command: with a pre_exec hook its spawn needs system calls Linux 4.12
/// lacks.) Only async-signal-safe calls happen in the child.
pub fn spawn_probe(plan: &ExecPlan, stdio: BorrowedFd) -> io::Result<libc::pid_t> {
    let (err_r, err_w) = pipe()?;
    // SAFETY: the child makes only async-signal-safe system calls (dup2,
    // exec_probe's, write, _exit) before it execs or exits.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(io::Error::last_os_error());
    }
    if pid == 0 {
        // SAFETY: see above.
        unsafe {
            for fd in 0..3 {
                libc::dup2(stdio.as_raw_fd(), fd);
            }
            let errno = exec_probe(plan)
                .err()
                .and_then(|e| e.raw_os_error())
                .unwrap_or(libc::ENOEXEC);
            libc::write(err_w.as_raw_fd(), (&raw const errno).cast(), 4);
            libc::_exit(127);
        }
    }
    drop(err_w);
    let mut errno = [0u8; 4];
    let mut got = 0;
    while got < 4 {
        // SAFETY: reads into the live buffer.
        let r = unsafe { libc::read(err_r.as_raw_fd(), errno[got..].as_mut_ptr().cast(), 4 - got) };
        match r {
            0 => return Ok(pid),
            r if r > 0 => got += r as usize,
            _ if io::Error::last_os_error().kind() == io::ErrorKind::Interrupted => {}
            _ => break,
        }
    }
    waitpid(pid, true);
    Err(io::Error::from_raw_os_error(i32::from_ne_bytes(errno)))
}

pub const CMD_FD: libc::c_int = 1020;
pub const REPLY_FD: libc::c_int = 1021;

/// In the forked child, before exec: join the scenario's mount namespace
/// (which makes its root and working directory the world's root), put the
/// pipes at the probe's descriptors, set the limits, turn off
/// randomisation, become the scenario's user with its capabilities, ask for
/// SIGKILL when the parent dies (after the credential changes, which would
/// clear it), and exec the probe. Only async-signal-safe calls: no
/// allocation happens here. Returns only on failure.
pub fn exec_probe(plan: &ExecPlan) -> io::Result<()> {
    let argv0 = c"mmrun-oracle-probe";
    let argv: [*const libc::c_char; 2] = [argv0.as_ptr(), std::ptr::null()];
    let envp: [*const libc::c_char; 1] = [std::ptr::null()];
    let ok = |r: libc::c_int| check(r.into()).map(drop);
    // SAFETY: every call below is a plain system call on descriptors the plan
    // owns and NUL-terminated strings alive for the whole function; this runs
    // in a single-threaded child between fork and exec.
    unsafe {
        match &plan.enter {
            Enter::Namespaces { mnt, ipc } => {
                // The IPC namespace first: its SysV segments are the
                // scenario's, none of the host's.
                ok(libc::setns(ipc.as_raw_fd(), libc::CLONE_NEWIPC))?;
                ok(libc::setns(mnt.as_raw_fd(), libc::CLONE_NEWNS))?;
            }
            Enter::Chroot(dir) => {
                ok(libc::fchdir(dir.as_raw_fd()))?;
                ok(libc::chroot(c".".as_ptr()))?;
                ok(libc::chdir(c"/".as_ptr()))?;
            }
        }
        ok(libc::dup2(plan.cmd.as_raw_fd(), CMD_FD))?;
        ok(libc::dup2(plan.reply.as_raw_fd(), REPLY_FD))?;
        libc::umask(0o022);
        for &(res, cur, max) in &plan.rlimits {
            let r = libc::rlimit64 {
                rlim_cur: cur,
                rlim_max: max,
            };
            ok(libc::setrlimit64(res as _, &r))?;
        }
        ok(libc::personality(libc::ADDR_NO_RANDOMIZE as libc::c_ulong))?;
        // Capabilities outside the set leave the bounding set, so that even
        // uid 0 does not regain them at exec.
        for cap in 0..=plan.last_cap {
            if plan.caps & (1 << cap) == 0 {
                ok(libc::prctl(
                    libc::PR_CAPBSET_DROP,
                    cap as libc::c_ulong,
                    0,
                    0,
                    0,
                ))?;
            }
        }
        ok(libc::prctl(libc::PR_SET_KEEPCAPS, 1, 0, 0, 0))?;
        ok(libc::setgroups(0, std::ptr::null()))?;
        ok(libc::setresgid(plan.gid, plan.gid, plan.gid))?;
        ok(libc::setresuid(plan.uid, plan.uid, plan.uid))?;
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
        ok(libc::syscall(libc::SYS_capset, &header, data.as_ptr()) as libc::c_int)?;
        if plan.uid != 0 {
            // Ambient capabilities survive the exec of a non-root user.
            for cap in 0..=plan.last_cap {
                if plan.caps & (1 << cap) != 0 {
                    ok(libc::prctl(
                        libc::PR_CAP_AMBIENT,
                        libc::PR_CAP_AMBIENT_RAISE as libc::c_ulong,
                        cap as libc::c_ulong,
                        0,
                        0,
                    ))?;
                }
            }
        }
        ok(libc::prctl(
            libc::PR_SET_PDEATHSIG,
            libc::SIGKILL as libc::c_ulong,
            0,
            0,
            0,
        ))?;
        libc::syscall(
            libc::SYS_execveat,
            plan.probe.as_raw_fd(),
            c"".as_ptr(),
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
