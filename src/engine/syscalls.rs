//! The system-call table: what a process can ask, and the dispatch to the
//! kernel functions that answer. Also personality (kernel/exec_domain.c);
//! the rlimit calls are [`super::sys`].

use super::checks;
use super::ctx::Ctx;
use super::locks::{Flock, sys_fcntl_lock};
use super::machine::{Machine, Pid};
use super::mmap::{do_munmap, sys_mmap};
use super::refusal::{Fact, KResult, Refusal};
use super::trace::{Step, Trace};
use super::{madvise, memfd, mlock, mprotect, mremap, mseal, msync, open, prctl, shm};
use crate::uapi::calls::{ArgValue, CallId};
use crate::uapi::*;

/// A system call with its arguments, as the raw syscall receives them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Syscall {
    Open {
        path: String,
        flags: u64,
        mode: u64,
    },
    Openat {
        dirfd: u64,
        path: String,
        flags: u64,
        mode: u64,
    },
    Close {
        fd: u64,
    },
    Mmap {
        addr: u64,
        len: u64,
        prot: u64,
        flags: u64,
        fd: u64,
        off: u64,
    },
    Munmap {
        addr: u64,
        len: u64,
    },
    Mprotect {
        addr: u64,
        len: u64,
        prot: u64,
    },
    PkeyMprotect {
        addr: u64,
        len: u64,
        prot: u64,
        pkey: u64,
    },
    Mremap {
        old_addr: u64,
        old_len: u64,
        new_len: u64,
        flags: u64,
        new_addr: u64,
    },
    Mlock {
        addr: u64,
        len: u64,
    },
    Mlock2 {
        addr: u64,
        len: u64,
        flags: u64,
    },
    Msync {
        addr: u64,
        len: u64,
        flags: u64,
    },
    /// `vec`: the vector's address, or None for a vector the scenario
    /// writes out (a buffer of its own).
    Mincore {
        addr: u64,
        len: u64,
        vec: Option<u64>,
    },
    Madvise {
        addr: u64,
        len: u64,
        advice: u64,
    },
    Mseal {
        addr: u64,
        len: u64,
        flags: u64,
    },
    Prctl {
        option: u64,
        args: [u64; 4],
    },
    Ftruncate {
        fd: u64,
        length: u64,
    },
    Munlock {
        addr: u64,
        len: u64,
    },
    Mlockall {
        flags: u64,
    },
    Munlockall,
    Personality {
        persona: u64,
    },
    Fcntl {
        fd: u64,
        cmd: u64,
        /// The third argument as a number (0 for a struct).
        arg: u64,
        lock: Flock,
    },
    /// Not a system call: the `read` and `write` statements' user accesses,
    /// which the kernel meets as page faults.
    Touch {
        access: Access,
        addr: u64,
        len: u64,
    },
    MemfdCreate {
        /// None: the name is not a string (NULL or another number).
        name: Option<String>,
        flags: u64,
    },
    /// setrlimit, and prlimit64 with a new limit (None: a query).
    Prlimit {
        pid: u64,
        resource: u64,
        new: Option<(u64, u64)>,
    },
    Shmget {
        key: u64,
        size: u64,
        shmflg: u64,
    },
    Shmat {
        shmid: u64,
        shmaddr: u64,
        shmflg: u64,
    },
    Shmdt {
        shmaddr: u64,
    },
    Shmctl {
        shmid: u64,
        cmd: u64,
        buf: u64,
    },
    /// A call the profile does not model (brk, madvise...): ENOSYS with a note.
    Unmodelled {
        call: CallId,
    },
}

impl Syscall {
    /// The call `id` with its arguments by position, as the syscall entry
    /// reads them from registers (missing ones are 0; a path or struct
    /// where a number belongs reads as 0).
    pub fn decode(id: CallId, args: &[ArgValue]) -> Syscall {
        let n = |i: usize| args.get(i).map_or(0, ArgValue::num);
        let path = |i: usize| match args.get(i) {
            Some(ArgValue::Str(p)) => p.clone(),
            _ => String::new(),
        };
        let limit = |i: usize| match args.get(i) {
            Some(ArgValue::Rlimit { rlim_cur, rlim_max }) => Some((*rlim_cur, *rlim_max)),
            _ => None,
        };
        match id {
            CallId::Open => Syscall::Open {
                path: path(0),
                flags: n(1),
                mode: n(2),
            },
            CallId::Openat => Syscall::Openat {
                dirfd: n(0),
                path: path(1),
                flags: n(2),
                mode: n(3),
            },
            CallId::Close => Syscall::Close { fd: n(0) },
            CallId::Mmap => Syscall::Mmap {
                addr: n(0),
                len: n(1),
                prot: n(2),
                flags: n(3),
                fd: n(4),
                off: n(5),
            },
            CallId::Munmap => Syscall::Munmap {
                addr: n(0),
                len: n(1),
            },
            CallId::Mprotect => Syscall::Mprotect {
                addr: n(0),
                len: n(1),
                prot: n(2),
            },
            CallId::PkeyMprotect => Syscall::PkeyMprotect {
                addr: n(0),
                len: n(1),
                prot: n(2),
                pkey: n(3),
            },
            CallId::Mremap => Syscall::Mremap {
                old_addr: n(0),
                old_len: n(1),
                new_len: n(2),
                flags: n(3),
                new_addr: n(4),
            },
            CallId::Mlock => Syscall::Mlock {
                addr: n(0),
                len: n(1),
            },
            CallId::Mlock2 => Syscall::Mlock2 {
                addr: n(0),
                len: n(1),
                flags: n(2),
            },
            CallId::Mincore => Syscall::Mincore {
                addr: n(0),
                len: n(1),
                vec: match args.get(2) {
                    Some(ArgValue::Vector { .. }) => None,
                    _ => Some(n(2)),
                },
            },
            CallId::Msync => Syscall::Msync {
                addr: n(0),
                len: n(1),
                flags: n(2),
            },
            CallId::Madvise => Syscall::Madvise {
                addr: n(0),
                len: n(1),
                advice: n(2),
            },
            CallId::Mseal => Syscall::Mseal {
                addr: n(0),
                len: n(1),
                flags: n(2),
            },
            CallId::Prctl => Syscall::Prctl {
                option: n(0),
                args: [n(1), n(2), n(3), n(4)],
            },
            CallId::Ftruncate => Syscall::Ftruncate {
                fd: n(0),
                length: n(1),
            },
            CallId::Munlock => Syscall::Munlock {
                addr: n(0),
                len: n(1),
            },
            CallId::Mlockall => Syscall::Mlockall { flags: n(0) },
            CallId::Munlockall => Syscall::Munlockall,
            CallId::Personality => Syscall::Personality { persona: n(0) },
            CallId::MemfdCreate => Syscall::MemfdCreate {
                name: match args.first() {
                    Some(ArgValue::Str(s)) => Some(s.clone()),
                    _ => None,
                },
                flags: n(1),
            },
            CallId::Fcntl => Syscall::Fcntl {
                fd: n(0),
                cmd: n(1),
                arg: n(2),
                lock: match args.get(2) {
                    Some(&ArgValue::Flock {
                        l_type,
                        l_whence,
                        l_start,
                        l_len,
                    }) => Flock {
                        l_type,
                        l_whence,
                        l_start,
                        l_len,
                    },
                    _ => Flock::default(),
                },
            },
            CallId::Setrlimit => Syscall::Prlimit {
                pid: 0,
                resource: n(0),
                new: limit(1),
            },
            CallId::Prlimit64 => Syscall::Prlimit {
                pid: n(0),
                resource: n(1),
                new: limit(2),
            },
            CallId::Shmget => Syscall::Shmget {
                key: n(0),
                size: n(1),
                shmflg: n(2),
            },
            CallId::Shmat => Syscall::Shmat {
                shmid: n(0),
                shmaddr: n(1),
                shmflg: n(2),
            },
            CallId::Shmdt => Syscall::Shmdt { shmaddr: n(0) },
            CallId::Shmctl => Syscall::Shmctl {
                shmid: n(0),
                cmd: n(1),
                buf: n(2),
            },
            CallId::Brk => Syscall::Unmodelled { call: id },
        }
    }
}

/// What a call returned, and the way it took when tracing was on.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub result: KResult<u64>,
    /// What the call wrote to user memory that strace shows (mincore's
    /// vector), when it succeeded.
    pub copied_out: Option<super::mincore::Residency>,
    pub steps: Vec<Step>,
    /// The capabilities the answer was decided with (Task::consulted).
    pub caps_consulted: u64,
}

impl Machine {
    /// Run one system call for process `pid`.
    pub fn syscall(&mut self, pid: Pid, call: &Syscall, explain: bool) -> Outcome {
        let mut trace = if explain { Trace::on() } else { Trace::off() };
        let mut cx = Ctx {
            task: &mut self.tasks[pid],
            world: &mut self.world,
            trace: &mut trace,
        };
        if !cx.task.execd {
            // The process exec's at its first system call: the layout is fixed now.
            super::mmap::arch_pick_mmap_layout(&mut cx);
            if cx.world.exec_vdso {
                install_vdso(&mut cx);
            }
            cx.task.execd = true;
        }
        cx.task.consulted.set(0);
        let result = match *call {
            // prlimit64 may act on another process: it needs the machine.
            Syscall::Prlimit {
                pid: target,
                resource,
                new,
            } => self.sys_prlimit64(pid, target, resource, new, &mut trace),
            _ => dispatch(
                &mut Ctx {
                    task: &mut self.tasks[pid],
                    world: &mut self.world,
                    trace: &mut trace,
                },
                call,
            ),
        };
        // unmap_mapping_range reaches every process that maps the file.
        for u in std::mem::take(&mut self.world.pending_unmaps) {
            for task in self.tasks.iter_mut() {
                super::memory::apply_unmap_mapping(&mut task.mm, &self.world.vfs, &u);
            }
        }
        // The return to user space: the fputs the call deferred run now.
        self.world.run_task_work();
        let kernel = self.world.kernel;
        let result = result.map_err(|mut r| {
            r.kernel = kernel;
            r
        });
        if self.world.paranoid
            && let Err(e) = self.tasks[pid].mm.check_invariants()
        {
            panic!("engine invariant broken after {call:?}: {e}");
        }
        let caps_consulted = self.tasks[pid].consulted.get();
        let copied_out = self.world.copied_out.take().filter(|_| result.is_ok());
        Outcome {
            result,
            copied_out,
            steps: trace.take(),
            caps_consulted,
        }
    }

    /// Set a limit as the scenario's `rlimit` statement does: before the
    /// process's first call this is the limit it is exec'd with.
    pub fn set_rlimit(&mut self, pid: Pid, resource: u64, cur: u64, max: u64) -> KResult<()> {
        let t = &mut self.tasks[pid];
        let r = t.rlim.get_mut(resource as usize).ok_or_else(|| {
            Refusal::new(&checks::RLIMIT_BAD_RESOURCE).with("resource", Fact::Dec(resource))
        })?;
        r.cur = cur;
        r.max = max;
        Ok(())
    }
}

fn dispatch(cx: &mut Ctx, call: &Syscall) -> KResult<u64> {
    use Syscall::*;
    match *call {
        Open {
            ref path,
            flags,
            mode,
        } => open::sys_openat(cx, AT_FDCWD, path, flags, mode),
        Openat {
            dirfd,
            ref path,
            flags,
            mode,
        } => open::sys_openat(cx, dirfd, path, flags, mode),
        Close { fd } => open::sys_close(cx, fd),
        Mmap {
            addr,
            len,
            prot,
            flags,
            fd,
            off,
        } => sys_mmap(cx, addr, len, prot, flags, fd, off),
        Munmap { addr, len } => {
            cx.trace.step("sys_munmap", "vm_munmap → do_munmap");
            do_munmap(cx, addr, len).map(|_| 0)
        }
        Mprotect { addr, len, prot } => mprotect::sys_mprotect(cx, addr, len, prot),
        PkeyMprotect {
            addr,
            len,
            prot,
            pkey,
        } => mprotect::sys_pkey_mprotect(cx, addr, len, prot, pkey),
        Mremap {
            old_addr,
            old_len,
            new_len,
            flags,
            new_addr,
        } => mremap::sys_mremap(cx, old_addr, old_len, new_len, flags, new_addr),
        Mlock { addr, len } => mlock::sys_mlock(cx, addr, len),
        Mlock2 { addr, len, flags } => mlock::sys_mlock2(cx, addr, len, flags),
        Msync { addr, len, flags } => msync::sys_msync(cx, addr, len, flags),
        Mincore { addr, len, vec } => super::mincore::sys_mincore(cx, addr, len, vec),
        Madvise { addr, len, advice } => madvise::sys_madvise(cx, addr, len, advice),
        Mseal { addr, len, flags } => mseal::sys_mseal(cx, addr, len, flags),
        Prctl { option, args } => prctl::sys_prctl(cx, option, args),
        Ftruncate { fd, length } => open::sys_ftruncate(cx, fd, length),
        Munlock { addr, len } => mlock::sys_munlock(cx, addr, len),
        Mlockall { flags } => mlock::sys_mlockall(cx, flags),
        Munlockall => mlock::sys_munlockall(cx),
        Personality { persona } => Ok(sys_personality(cx, persona)),
        Fcntl { fd, cmd, arg, lock } => sys_fcntl_lock(cx, fd, cmd, arg, &lock),
        Touch { access, addr, len } => super::fault::touch(cx, addr, len, access),
        MemfdCreate { ref name, flags } => memfd::sys_memfd_create(cx, name.as_deref(), flags),
        Shmget { key, size, shmflg } => shm::sys_shmget(cx, key, size, shmflg),
        Shmat {
            shmid,
            shmaddr,
            shmflg,
        } => shm::sys_shmat(cx, shmid, shmaddr, shmflg),
        Shmdt { shmaddr } => shm::sys_shmdt(cx, shmaddr),
        Shmctl { shmid, cmd, buf } => shm::sys_shmctl(cx, shmid, cmd, buf),
        // Machine::syscall answers prlimit64 before a Ctx is built.
        Prlimit { .. } => unreachable!("prlimit64 is answered by Machine::sys_prlimit64"),
        Unmodelled { call } => {
            Err(Refusal::new(&checks::NOT_MODELLED).with("call", Fact::Text(call.name())))
        }
    }
}

/// personality (kernel/exec_domain.c:50-58): returns the old value; 0xffffffff only queries.
fn sys_personality(cx: &mut Ctx, persona: u64) -> u64 {
    let old = cx.task.personality;
    let persona = persona as u32;
    if persona != 0xffff_ffff {
        cx.task.personality = persona as u64;
        cx.trace
            .step("personality", "set; mmap_base stays where exec put it");
    }
    old
}

/// The special mappings exec installs (6.18 arch/x86/entry/vdso/vma.c
/// map_vdso): [vvar] (4 pages), [vvar_vclock] (2) and [vdso] (2), placed by
/// a normal search: directly below mmap_base top-down, at the legacy base
/// bottom-up. They never merge and count in VmSize.
fn install_vdso(cx: &mut Ctx) {
    use super::vma::*;
    const PAGES: [(&str, u64, u64); 3] = [
        (
            "[vvar]",
            4,
            VM_READ | VM_MAYREAD | VM_IO | VM_PFNMAP | VM_DONTEXPAND,
        ),
        (
            "[vvar_vclock]",
            2,
            VM_READ | VM_MAYREAD | VM_IO | VM_PFNMAP | VM_DONTEXPAND,
        ),
        (
            "[vdso]",
            2,
            VM_READ | VM_EXEC | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC | VM_DONTEXPAND,
        ),
    ];
    let total: u64 = PAGES.iter().map(|p| p.1).sum::<u64>() << PAGE_SHIFT;
    let mm = &cx.task.mm;
    let mut at = if mm.topdown {
        mm.mmap_base - total
    } else {
        mm.mmap_legacy_base
    };
    for (name, pages, flags) in PAGES {
        let len = pages << PAGE_SHIFT;
        let vma = Vma {
            flags,
            pgoff: 0,
            file: None,
            anon_vma: None,
            ops: VmOps::Special(name),
        };
        let prev = cx.task.mm.find_prev(at);
        cx.task.mm.insert_vma(prev, at, at + len, 0, vma);
        cx.task.mm.vm_stat_account(flags, pages as i64);
        at += len;
    }
    cx.trace.step(
        "map_vdso",
        "exec installed [vvar], [vvar_vclock] and [vdso] below mmap_base",
    );
}
